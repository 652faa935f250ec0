package dev.lashing.dockerfile.rules;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class PackageUpdateAloneTest {
    private final RuleTester tester = RuleTester.of(PackageUpdateAlone.class);

    @Test
    void updateWithoutInstallIsFlagged() {
        tester.check("""
                FROM debian:12
                # expect: SH081
                RUN apt-get update
                RUN apt-get install -y --no-install-recommends curl
                # expect: SH081
                RUN apk update
                """);
    }

    @Test
    void updateFollowedByInstallPasses() {
        tester.check("""
                FROM debian:12
                RUN apt-get update && apt-get install -y --no-install-recommends curl
                RUN apk update && apk add --no-cache git
                RUN apt-get update && apt-get -y upgrade
                """);
    }
}
