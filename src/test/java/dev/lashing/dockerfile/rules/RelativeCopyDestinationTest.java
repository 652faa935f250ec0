package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Finding;
import dev.lashing.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelativeCopyDestinationTest {
    private final RuleTester tester = RuleTester.of(RelativeCopyDestination.class);

    @Test
    void scratchChainWithoutWorkdirMeansRoot() {
        List<Finding> f = tester.check("""
                FROM scratch AS base
                # expect: DF022
                COPY app bin/app
                FROM base
                # expect: DF022
                ADD config.json .
                """);
        assertThat(f).allSatisfy(x -> assertThat(x.fix()).isPresent());
        assertThat(f.get(0).message()).contains("means /bin/app");
    }

    @Test
    void fixWritesTheAbsolutePathInScratchImagesOnly() {
        tester.fixes("""
                FROM scratch
                COPY app bin/app
                COPY a b ./
                COPY c .
                COPY ["d", "etc/d"]
                ARG SUB=opt
                COPY e $SUB/
                FROM alpine:3.20
                COPY f g/
                """, """
                FROM scratch
                COPY app /bin/app
                COPY a b /
                COPY c /
                COPY ["d", "etc/d"]
                ARG SUB=opt
                COPY e $SUB/
                FROM alpine:3.20
                COPY f g/
                """, false);
    }

    @Test
    void imageBaseCannotBeTold() {
        List<Finding> f = tester.check("""
                FROM node:22
                # expect: DF022
                COPY package.json ./
                """);
        assertThat(f.get(0).fix()).isEmpty();
        assertThat(f.get(0).message()).startsWith("cannot tell").contains("node");
    }

    @Test
    void workdirInStageOrParentAndAbsolutePathsAreFine() {
        tester.check("""
                FROM node:22 AS base
                WORKDIR /app
                FROM base
                COPY package.json ./
                FROM scratch
                COPY app /bin/app
                ARG DEST=/opt/
                COPY x $DEST
                COPY y $UNKNOWN
                ONBUILD COPY z rel/
                WORKDIR /srv
                COPY w rel/
                FROM node:22
                COPY v $APP_HOME
                """);
    }

    @Test
    void workdirAfterTheCopyDoesNotCount() {
        tester.check("""
                FROM scratch
                # expect: DF022
                COPY a b
                WORKDIR /app
                """);
    }
}
