package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class NpmPackageNotPinnedTest {
    private final RuleTester tester = RuleTester.of(NpmPackageNotPinned.class);

    @Test
    void eachUnpinnedPackageIsFlaggedAtItsWord() {
        assertThat(tester.check("""
                FROM node:20
                # expect: SH018, SH018
                RUN npm install -g pm2 serve@14.2.3 @angular/cli
                # expect: SH018
                RUN npm i --prefix /app typescript@latest
                # expect: SH018
                RUN npm install github:user/repo
                # expect: SH018
                ONBUILD RUN npm add lodash
                """).get(0).location().text()).isEqualTo("pm2");
    }

    @Test
    void versionsLockFilesAndLocalSourcesPass() {
        tester.check("""
                FROM node:20
                RUN npm install && npm ci && npm install --omit=dev
                RUN npm install -g pm2@5.4.2 @angular/cli@18 'react@^18.2' typescript@next
                RUN npm install ./pkg ../lib /src/x ./app-1.0.0.tgz https://h/x.tgz file:../y
                RUN npm install git+https://github.com/u/r.git#v1.2 github:user/repo#abc123 $PKG
                RUN npm run build && npm uninstall lodash && npm install -g git2consul@0.12.13 github@14
                """);
    }
}
