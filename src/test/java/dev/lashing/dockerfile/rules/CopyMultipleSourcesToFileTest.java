package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Finding;
import dev.lashing.core.Severity;
import dev.lashing.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class CopyMultipleSourcesToFileTest {
    private final RuleTester tester = RuleTester.of(CopyMultipleSourcesToFile.class);

    @Test
    void severalSourcesWithoutTrailingSlashAreFlagged() {
        tester.check("""
                FROM node:22
                # expect: DF016
                COPY package.json package-lock.json /app
                # expect: DF016
                ADD a.txt b.txt /opt
                # expect: DF016
                COPY ["a", "b", "/dest"]
                # expect: DF016
                COPY <<EOF app.conf /etc/app
                key=value
                EOF
                # expect: DF016
                ONBUILD COPY \\
                  a b c
                """);
    }

    @Test
    void directoryDestinationsAndSingleSourcesAreFine() {
        tester.check("""
                FROM node:22
                COPY package.json package-lock.json /app/
                COPY package.json /app
                COPY src/*.js /app
                ARG DEST=/srv/
                COPY a b $DEST
                COPY ["a", "b", "/dest/"]
                COPY a b .
                COPY a b ..
                """);
    }

    @Test
    void unresolvedDestinationCannotBeTold() {
        List<Finding> f = tester.check("""
                FROM node:22
                # expect: DF016
                COPY a b $APP_HOME
                """);
        assertThat(f.get(0).severity()).isEqualTo(Severity.INFO);
        assertThat(f.get(0).fix()).isEmpty();
    }

    @Test
    void fixAppendsSlashInBothForms() {
        tester.fixes("""
                FROM node:22
                COPY package.json package-lock.json /app
                COPY ["a", "b", "/dest"]
                COPY a b "/quoted dir"
                """, """
                FROM node:22
                COPY package.json package-lock.json /app/
                COPY ["a", "b", "/dest/"]
                COPY a b "/quoted dir"
                """, true);
    }
}
