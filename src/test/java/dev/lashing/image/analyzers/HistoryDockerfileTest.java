package dev.lashing.image.analyzers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.SourceFile;
import dev.lashing.dockerfile.syntax.Dockerfile;
import dev.lashing.dockerfile.syntax.ParseIssue;
import dev.lashing.image.oci.HistoryEntry;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HistoryDockerfileTest {

    private static HistoryEntry step(String createdBy, boolean empty) {
        return new HistoryEntry(Optional.empty(), createdBy, "", empty);
    }

    @Test
    void classicBuilderAndBuildahStepsBecomeInstructions() {
        // created_by values exactly as buildah wrote them for ../shared/tools/make-test-images.sh's setuid-user image
        assertThat(HistoryDockerfile.instructionOf("/bin/sh -c #(nop) ENV DB_PASSWORD=hunter2 X=1"))
                .isEqualTo("ENV DB_PASSWORD=hunter2 X=1");
        assertThat(HistoryDockerfile.instructionOf("/bin/sh -c cp /bin/bash /usr/local/bin/rootbash && chmod 4755 x"))
                .isEqualTo("RUN cp /bin/bash /usr/local/bin/rootbash && chmod 4755 x");
        assertThat(HistoryDockerfile.instructionOf("/bin/sh -c #(nop) EXPOSE 8080")).isEqualTo("EXPOSE 8080");
        assertThat(HistoryDockerfile.instructionOf("/bin/sh -c #(nop) HEALTHCHECK --interval=30s CMD [\"/bin/true\"]"))
                .isEqualTo("HEALTHCHECK --interval=30s CMD [\"/bin/true\"]");
        assertThat(HistoryDockerfile.instructionOf("/bin/sh -c #(nop) COPY file:fa81e1a2 in /app/secret.pem "))
                .isEqualTo("COPY file:fa81e1a2 /app/secret.pem");
        assertThat(HistoryDockerfile.instructionOf("/bin/sh -c #(nop)  CMD [\"/bin/sh\" \"-c\" \"nginx -g 'daemon off;'\"]"))
                .isEqualTo("CMD [\"/bin/sh\", \"-c\", \"nginx -g 'daemon off;'\"]");
        assertThat(HistoryDockerfile.instructionOf("|2 TOKEN=abc NAME=\"a b\" /bin/sh -c make install"))
                .isEqualTo("RUN make install");
    }

    @Test
    void buildkitStepsBecomeInstructions() {
        assertThat(HistoryDockerfile.instructionOf("RUN /bin/sh -c apt-get update && apt-get install -y curl # buildkit"))
                .isEqualTo("RUN apt-get update && apt-get install -y curl");
        assertThat(HistoryDockerfile.instructionOf("RUN |1 TARGETARCH=amd64 /bin/sh -c echo $TARGETARCH # buildkit"))
                .isEqualTo("RUN echo $TARGETARCH");
        assertThat(HistoryDockerfile.instructionOf("COPY docker-entrypoint.sh /usr/local/bin/ # buildkit"))
                .isEqualTo("COPY docker-entrypoint.sh /usr/local/bin/");
        assertThat(HistoryDockerfile.instructionOf("EXPOSE map[443/tcp:{} 80/tcp:{}]")).isEqualTo("EXPOSE 443/tcp 80/tcp");
        assertThat(HistoryDockerfile.instructionOf("VOLUME [/data /logs]")).isEqualTo("VOLUME [\"/data\", \"/logs\"]");
        assertThat(HistoryDockerfile.instructionOf("CMD [\"node\" \"server.js\"]")).isEqualTo("CMD [\"node\", \"server.js\"]");
        assertThat(HistoryDockerfile.instructionOf("ENTRYPOINT [\"docker-entrypoint.sh\"]"))
                .isEqualTo("ENTRYPOINT [\"docker-entrypoint.sh\"]");
        assertThat(HistoryDockerfile.instructionOf(
                "HEALTHCHECK &{[\"CMD-SHELL\" \"curl -f http://localhost/\"] \"30s\" \"3s\" \"0s\" \"0s\" '\\x00'}"))
                .startsWith("# history: HEALTHCHECK");
    }

    @Test
    void unreadableStepsBecomeCommentsNotGuesses() {
        assertThat(HistoryDockerfile.instructionOf("debootstrap --variant=minbase bookworm"))
                .isEqualTo("# history: debootstrap --variant=minbase bookworm");
        assertThat(HistoryDockerfile.instructionOf("")).startsWith("#");
        assertThat(HistoryDockerfile.instructionOf("cmd /S /C powershell -Command x")).startsWith("# history:");
    }

    @Test
    void multiLineCommandsKeepTheirNewlinesAsAHeredoc() {
        String text = HistoryDockerfile.instructionOf("RUN /bin/sh -c set -e\necho one\necho two # buildkit");
        assertThat(text).isEqualTo("RUN <<LASHING_HISTORY_EOF\nset -e\necho one\necho two\nLASHING_HISTORY_EOF");
    }

    @Test
    void linesMapBackToHistoryAndTheResultParsesCleanly() {
        List<HistoryEntry> history = List.of(
                step("ADD file:d13afefc in / ", false),
                step("/bin/sh -c #(nop)  CMD [\"bash\"]", true),
                step("RUN /bin/sh -c set -e\napt-get update # buildkit", false),
                step("umoci config (CMD/ENV)", true),
                step("USER 1000", true));
        HistoryDockerfile.Rebuilt r = HistoryDockerfile.rebuild(history);
        assertThat(r.text()).startsWith("FROM scratch\nADD file:d13afefc /\nCMD [\"bash\"]\nRUN <<");
        assertThat(r.historyIndex(1)).isEmpty();
        assertThat(r.historyIndex(2)).contains(0);
        assertThat(r.historyIndex(3)).contains(1);
        assertThat(r.historyIndex(4)).contains(2);
        assertThat(r.historyIndex(7)).contains(2);
        assertThat(r.historyIndex(8)).contains(3);
        assertThat(r.historyIndex(9)).contains(4);
        Dockerfile parsed = Dockerfile.parse(new SourceFile("history", r.text()));
        assertThat(parsed.issues()).noneMatch(i -> i.kind() == ParseIssue.Kind.ERROR);
    }
}
