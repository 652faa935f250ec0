package dev.lashing.runtime.suppress;

import static dev.lashing.runtime.suppress.Suppressed.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.engine.RuntimeChecker;
import org.junit.jupiter.api.Test;

class QuadletSuppressionTest {
    private final Suppressed checker = Suppressed.with("RT003", "RT010", "RT015");

    @Test
    void commentAboveAKeyCoversThatKeysLine() {
        RuntimeChecker.RuntimeResult r = checker.quadlet("""
                [Container]
                Image=docker.io/library/nginx:1.27
                Memory=256m
                # lashing ignore=RT015 -- serves on the host's address
                Network=host
                AddCapability=SYS_ADMIN
                """);
        assertThat(at(r)).containsExactly("RT003@6");
        assertThat(r.suppressed()).isEqualTo(1);
    }

    @Test
    void semicolonCommentsCountAndReachOverContinuationLines() {
        RuntimeChecker.RuntimeResult r = checker.quadlet("""
                [Container]
                Image=docker.io/library/nginx:1.27
                Memory=256m
                ; lashing ignore=RT003
                AddCapability=NET_BIND_SERVICE \\
                  SYS_ADMIN
                """);
        assertThat(at(r)).isEmpty();
        assertThat(r.suppressed()).isEqualTo(1);
    }

    @Test
    void commentAboveTheContainerSectionCoversTheWholeContainer() {
        RuntimeChecker.RuntimeResult r = checker.quadlet("""
                [Unit]
                Description=build agent

                # lashing ignore=RT003,RT010 -- a trusted build agent
                [Container]
                Image=docker.io/library/docker:27-dind
                AddCapability=SYS_ADMIN
                Network=host
                """);
        assertThat(at(r)).containsExactly("RT015@8");
        assertThat(r.suppressed()).isEqualTo(2);
    }

    @Test
    void globalCommentCoversTheFile() {
        RuntimeChecker.RuntimeResult r = checker.quadlet("""
                # lashing global ignore=RT010
                [Container]
                Image=docker.io/library/nginx:1.27
                Network=host
                """);
        assertThat(at(r)).containsExactly("RT015@4");
        assertThat(r.suppressed()).isEqualTo(1);
    }

    @Test
    void unusedAndUnknownCodesAreReported() {
        RuntimeChecker.RuntimeResult r = checker.quadlet("""
                [Container]
                Image=docker.io/library/nginx:1.27
                Memory=256m
                # lashing ignore=RT015,RT0003
                Network=private
                # lashing ignore=RT003

                AddCapability=SYS_ADMIN
                """);
        assertThat(at(r)).containsExactly("LA001@4", "LA002@4", "LA001@6", "RT003@8");
    }

    @Test
    void aHashInsideAValueIsNotAComment() {
        RuntimeChecker.RuntimeResult r = checker.quadlet("""
                [Container]
                Image=docker.io/library/nginx:1.27
                Memory=256m
                Label=note=# lashing ignore=RT015
                Network=host
                """);
        assertThat(at(r)).containsExactly("RT015@5");
    }
}
