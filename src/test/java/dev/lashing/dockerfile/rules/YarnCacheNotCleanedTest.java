package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class YarnCacheNotCleanedTest {
    private final RuleTester tester = RuleTester.of(YarnCacheNotCleaned.class);

    @Test
    void installWithoutCleanIsFlagged() {
        assertThat(tester.check("""
                FROM node:20
                # expect: SH014
                RUN yarn install --frozen-lockfile
                # expect: SH014
                RUN yarn
                # expect: SH014
                RUN yarn --cwd /app add react
                # expect: SH014
                RUN yarn cache clean && yarn global add serve
                # expect: SH014
                RUN sh -c 'yarn install'
                # expect: SH014
                ONBUILD RUN yarn install
                """).get(0).location().text()).isEqualTo("yarn install");
    }

    @Test
    void cleanAfterInstallOrCacheMountPasses() {
        tester.check("""
                FROM node:20
                RUN yarn install --frozen-lockfile && yarn cache clean
                RUN yarn && yarn build && yarn cache clean --all
                RUN yarn install; rm -rf /usr/local/share/.cache/yarn
                RUN yarn install && rm -rf "$(yarn cache dir)"
                RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install
                RUN yarn build && yarn --version && yarn run test
                """);
    }

    @Test
    void onlyShippedStagesMatter() {
        tester.check("""
                FROM node:20 AS build
                RUN yarn install && yarn build
                FROM nginx:1.27
                COPY --from=build /app/dist /usr/share/nginx/html
                """);
    }

    @Test
    void fixAppendsTheClean() {
        tester.fixes("""
                FROM node:20
                RUN yarn install \\
                 && yarn build
                """, """
                FROM node:20
                RUN yarn install \\
                 && yarn build && yarn cache clean
                """, true);
        String noFix = """
                FROM node:20
                RUN ["yarn", "install"]
                RUN <<EOF
                yarn install
                EOF
                """;
        tester.fixes(noFix, noFix, true);
    }
}
