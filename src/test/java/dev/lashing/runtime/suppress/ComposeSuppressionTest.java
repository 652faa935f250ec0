package dev.lashing.runtime.suppress;

import static dev.lashing.runtime.suppress.Suppressed.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.engine.RuntimeChecker;
import org.junit.jupiter.api.Test;

class ComposeSuppressionTest {
    private final Suppressed checker = Suppressed.with("RT001", "RT010");

    @Test
    void commentAboveAServiceSilencesItsRulesForTheWholeServiceIncludingDefaultsAtTheServiceKey() {
        RuntimeChecker.RuntimeResult r = checker.compose("""
                services:
                  # lashing ignore=RT001,RT010 -- the build agent needs a privileged docker-in-docker
                  web:
                    image: docker:27-dind
                    privileged: true
                  db:
                    image: postgres:16
                    privileged: true
                """);
        assertThat(at(r)).containsExactly("RT010@6", "RT001@8");
        assertThat(r.suppressed()).isEqualTo(2);
    }

    @Test
    void commentAboveAKeySilencesOnlyThatKey() {
        RuntimeChecker.RuntimeResult r = checker.compose("""
                services:
                  web:
                    image: docker:27-dind
                    # lashing ignore=RT001 -- docker-in-docker
                    privileged: true
                """);
        assertThat(at(r)).containsExactly("RT010@2");
        assertThat(r.suppressed()).isEqualTo(1);
    }

    @Test
    void commentAboveAKeyDoesNotReachADefaultLocatedAtTheServiceAndIsReportedUnused() {
        RuntimeChecker.RuntimeResult r = checker.compose("""
                services:
                  web:
                    image: nginx:1.27
                    # lashing ignore=RT010
                    read_only: true
                """);
        assertThat(at(r)).containsExactly("RT010@2", "LA001@4");
        assertThat(r.findings().get(1).location().text()).isEqualTo("RT010");
        assertThat(r.suppressed()).isZero();
    }

    @Test
    void commentAtTheEndOfALineCoversFindingsOnThatLineOnly() {
        RuntimeChecker.RuntimeResult r = checker.compose("""
                services:
                  web:   # lashing ignore=RT010 -- sized by the host's cgroup
                    image: docker:27-dind
                    privileged: true  # lashing ignore=RT001
                  api:
                    image: api:1   # lashing ignore=RT001
                    privileged: true
                """);
        assertThat(at(r)).containsExactly("RT010@5", "LA001@6", "RT001@7");
        assertThat(r.suppressed()).isEqualTo(2);
    }

    @Test
    void globalCommentAnywhereCoversTheWholeFile() {
        RuntimeChecker.RuntimeResult r = checker.compose("""
                services:
                  web:
                    image: docker:27-dind
                    privileged: true
                  db:
                    image: postgres:16
                    privileged: true
                # lashing global ignore=RT001 -- CI runners only
                """);
        assertThat(at(r)).containsExactly("RT010@2", "RT010@5");
        assertThat(r.suppressed()).isEqualTo(2);
    }

    @Test
    void aliasesOfPeerToolsAndRuleNamesAreAccepted() {
        RuntimeChecker.RuntimeResult r = checker.compose("""
                services:
                  web:
                    image: docker:27-dind
                    # lashing ignore=KSV-0017
                    privileged: true
                    # lashing ignore=container-memory-unlimited
                    mem_limit: 0
                  db:
                    image: postgres:16
                    # lashing ignore=CIS-DOCKER-5.5
                    privileged: true
                """);
        assertThat(at(r)).containsExactly("RT010@8");
        assertThat(r.suppressed()).isEqualTo(3);
    }

    @Test
    void unknownCodesAndMalformedCommentsAreReported() {
        RuntimeChecker.RuntimeResult r = checker.compose("""
                services:
                  web:
                    image: docker:27-dind
                    mem_limit: 512m
                    # lashing ignore=RT0001
                    privileged: true
                    # lashing ignore RT001
                    read_only: true
                """);
        assertThat(at(r)).containsExactly("LA002@5", "RT001@6", "LA002@7");
        assertThat(r.findings().get(0).message()).contains("unknown rule code RT0001");
        assertThat(r.findings().get(2).message()).contains("malformed suppression comment");
    }

    @Test
    void aBlankLineEndsACommentsReach() {
        RuntimeChecker.RuntimeResult r = checker.compose("""
                services:
                  web:
                    image: docker:27-dind
                    mem_limit: 512m
                    # lashing ignore=RT001

                    privileged: true
                """);
        assertThat(at(r)).containsExactly("LA001@5", "RT001@7");
    }

    @Test
    void severalCommentLinesMayStandAboveTheSameKey() {
        RuntimeChecker.RuntimeResult r = checker.compose("""
                services:
                  web:
                    image: docker:27-dind
                    mem_limit: 512m
                    # lashing ignore=RT001 -- docker-in-docker
                    # the daemon inside needs to create cgroups
                    privileged: true
                """);
        assertThat(at(r)).isEmpty();
        assertThat(r.suppressed()).isEqualTo(1);
    }

    @Test
    void hashesInsideQuotedAndBlockScalarsAreText() {
        RuntimeChecker.RuntimeResult r = checker.compose("""
                services:
                  web:
                    image: nginx:1.27
                    mem_limit: 512m
                    labels:
                      note: " # lashing ignore=RT001"
                    command: |
                      sh -c 'run
                      # lashing ignore=RT001
                      '
                    privileged: true
                """);
        assertThat(at(r)).containsExactly("RT001@11");
    }

    @Test
    void hadolintCommentsAreOrdinaryCommentsInYaml() {
        RuntimeChecker.RuntimeResult r = checker.compose("""
                services:
                  web:
                    image: nginx:1.27
                    mem_limit: 512m
                    # hadolint ignore=RT001
                    privileged: true
                """);
        assertThat(at(r)).containsExactly("RT001@6");
    }

    @Test
    void commentInsideAnAnchoredBlockCoversEveryServiceThatMergesIt() {
        RuntimeChecker.RuntimeResult r = checker.compose("""
                x-dind: &dind
                  image: docker:27-dind
                  mem_limit: 1g
                  # lashing ignore=RT001 -- CI runners
                  privileged: true
                services:
                  runner-a:
                    <<: *dind
                  runner-b:
                    <<: *dind
                """);
        assertThat(at(r)).isEmpty();
        assertThat(r.suppressed()).isEqualTo(1);
    }

    @Test
    void commentAboveAServiceCoversWhatItMergesFromAnAnchorButOnlyForThatService() {
        RuntimeChecker.RuntimeResult r = checker.compose("""
                x-dind: &dind
                  image: docker:27-dind
                  mem_limit: 1g
                  privileged: true
                services:
                  # lashing ignore=RT001 -- the CI runner
                  runner:
                    <<: *dind
                  tools:
                    <<: *dind
                """);
        assertThat(at(r)).containsExactly("RT001@4");
        assertThat(r.findings().get(0).message()).doesNotContain("runner");
        assertThat(r.suppressed()).isZero(); // still reported, for tools
    }

    @Test
    void commentAboveAMergeKeyCoversOnlyItsOwnLine() {
        RuntimeChecker.RuntimeResult r = checker.compose("""
                x-dind: &dind
                  image: docker:27-dind
                  mem_limit: 1g
                  privileged: true
                services:
                  runner:
                    # lashing ignore=RT001
                    <<: *dind
                """);
        assertThat(at(r)).containsExactly("RT001@4", "LA001@7");
    }

    @Test
    void commentsInAnOverrideFileCoverWhatTheOverrideWrites() {
        RuntimeChecker.RuntimeResult r = checker.compose("/p/compose.yml", """
                services:
                  web:
                    image: nginx:1.27
                    mem_limit: 512m
                """, "/p/compose.override.yml", """
                services:
                  web:
                    # lashing ignore=RT001 -- local debugging only
                    privileged: true
                """);
        assertThat(at(r)).isEmpty();
        assertThat(r.suppressed()).isEqualTo(1);
    }

    @Test
    void inlineSuppressionsSwitchedOffInConfigurationCountForNothing() {
        RuntimeChecker.RuntimeResult r = Suppressed.with("RT001").noInline().compose("""
                services:
                  web:
                    image: nginx:1.27
                    # lashing ignore=RT001 -- ignored by policy
                    privileged: true
                    # lashing ignore=RT0001
                    read_only: true
                """);
        assertThat(at(r)).containsExactly("RT001@5");
        assertThat(r.suppressed()).isZero();
    }

    @Test
    void commentInAnEnvFileCoversTheNextVariable() {
        RuntimeChecker.RuntimeResult r = Suppressed.with("RT031").compose("/p/compose.yml", """
                services:
                  web:
                    image: nginx:1.27
                    env_file: web.env
                """, "/p/web.env", """
                # lashing ignore=RT031 -- a throwaway password for the local database
                DB_PASSWORD=local-only-pass
                API_TOKEN=tok-9f8e7d6c5b4a
                """);
        assertThat(r.findings()).extracting(Suppressed::at).containsExactly("RT031@3");
        assertThat(r.findings().get(0).location().file().path()).endsWith("web.env");
        assertThat(r.suppressed()).isEqualTo(1);
    }

    @Test
    void commentAboveAServiceCoversItsFindingsInItsEnvFile() {
        RuntimeChecker.RuntimeResult r = Suppressed.with("RT031").compose("/p/compose.yml", """
                services:
                  # lashing ignore=RT031 -- local development only
                  web:
                    image: nginx:1.27
                    env_file: web.env
                """, "/p/web.env", """
                DB_PASSWORD=local-only-pass
                """);
        assertThat(r.findings()).isEmpty();
        assertThat(r.suppressed()).isEqualTo(1);
    }

    @Test
    void commentAboveAServiceInAnOverrideFileCoversOnlyWhatTheOverrideWrites() {
        RuntimeChecker.RuntimeResult r = checker.compose("/p/compose.yml", """
                services:
                  web:
                    image: nginx:1.27
                """, "/p/compose.override.yml", """
                services:
                  # lashing ignore=RT001,RT010
                  web:
                    privileged: true
                """);
        assertThat(r.findings()).extracting(f -> Suppressed.at(f) + " " + f.location().file().path())
                .containsExactly("LA001@2 /p/compose.override.yml", "RT010@2 /p/compose.yml"); // told it misses
        assertThat(r.suppressed()).isEqualTo(1);
    }
}
