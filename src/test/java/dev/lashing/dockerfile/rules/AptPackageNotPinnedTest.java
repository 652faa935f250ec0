package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class AptPackageNotPinnedTest {
    private final RuleTester tester = RuleTester.of(AptPackageNotPinned.class);

    @Test
    void eachUnpinnedPackageIsFlaggedAtItsWord() {
        assertThat(tester.check("""
                FROM debian:12
                # expect: SH015, SH015
                RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10 git \\
                      make
                # expect: SH015
                RUN sudo apt install -y -t bookworm-backports vim
                # expect: SH015
                ONBUILD RUN sh -c 'apt-get install -y gcc'
                """).get(0).location().text()).isEqualTo("git");
    }

    @Test
    void pinsReleasesFilesAndVariablesPass() {
        tester.check("""
                FROM debian:12
                ARG V=1.2
                RUN apt-get install -y curl=7.88.1-10 "postgresql-$PG_MAJOR=$PG_VERSION" libfoo=1.2.*
                RUN apt-get install -y vim/bookworm-backports ./local.deb /tmp/x.deb $PACKAGES
                RUN apt-get remove -y curl && apt-get update && apt-get install -y
                """);
    }
}
