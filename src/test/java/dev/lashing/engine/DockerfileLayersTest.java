package dev.lashing.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.lashing.core.InstructionRef;
import dev.lashing.dockerfile.model.DockerfileModel;
import dev.lashing.dockerfile.syntax.Dockerfile;
import dev.lashing.image.analyzers.BaseLayers;
import dev.lashing.image.oci.HistoryEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DockerfileLayersTest {
    private static final String BUILDKIT = "buildkit.dockerfile.v0";

    /** A history built step by step: {@code layer} makes a layer, {@code meta} only changes the config. */
    private static final class History {
        private final List<HistoryEntry> entries = new ArrayList<>();

        History layer(String createdBy) {
            return add(createdBy, "", false);
        }

        History meta(String createdBy) {
            return add(createdBy, "", true);
        }

        History add(String createdBy, String comment, boolean empty) {
            entries.add(new HistoryEntry(Optional.empty(), createdBy, comment, empty));
            return this;
        }

        List<HistoryEntry> entries() {
            return entries;
        }
    }

    private static DockerfileLayers.Links match(History history, String dockerfile) {
        DockerfileModel model = DockerfileModel.of(Dockerfile.parse("Dockerfile", dockerfile));
        return DockerfileLayers.match(history.entries(), BaseLayers.infer(history.entries()), model);
    }

    /** History index → line of the linked instruction. */
    private static Map<Integer, Integer> lines(DockerfileLayers.Links links) {
        Map<Integer, Integer> out = new TreeMap<>();
        for (int step : links.steps().keySet()) {
            out.put(step, links.reference(step).orElseThrow().line());
        }
        return out;
    }

    /** A debian-style base as the classic builder records it: a rootfs layer and its CMD. */
    private static History classicBase() {
        return new History().layer("/bin/sh -c #(nop) ADD file:d13afefcc2b0b02b598a3ac2598fe2187db41de1e17820e5b600a955b1429d59 in / ")
                .meta("/bin/sh -c #(nop)  CMD [\"bash\"]");
    }

    @Test
    void classicBuilderStepsLinkToTheirInstructions() {
        String dockerfile = """
                FROM debian:12
                ARG VERSION=1.2
                ENV APP_HOME=/srv/app
                WORKDIR $APP_HOME
                COPY app.tar.gz /tmp/
                RUN apt-get update \\
                    && apt-get install -y curl
                EXPOSE 8080
                USER app
                CMD ["./run", "--port", "8080"]
                """;
        History h = classicBase()
                .meta("/bin/sh -c #(nop)  ARG VERSION=1.2")
                .meta("/bin/sh -c #(nop)  ENV APP_HOME=/srv/app")
                .meta("/bin/sh -c #(nop) WORKDIR /srv/app")
                .layer("/bin/sh -c #(nop) COPY file:0123abcd0123abcd in /tmp/ ")
                .layer("|1 VERSION=1.2 /bin/sh -c apt-get update     && apt-get install -y curl")
                .meta("/bin/sh -c #(nop)  EXPOSE 8080")
                .meta("/bin/sh -c #(nop)  USER app")
                .meta("/bin/sh -c #(nop)  CMD [\"./run\" \"--port\" \"8080\"]");
        DockerfileLayers.Links links = match(h, dockerfile);
        assertThat(lines(links)).containsExactly(entry(2, 2), entry(3, 3), entry(4, 4), entry(5, 5), entry(6, 6),
                entry(7, 8), entry(8, 9), entry(9, 10));
        assertThat(links.reference(6)).contains(new InstructionRef("Dockerfile", 6, 1, "RUN apt-get update"));
        assertThat(links.reference(0)).isEmpty();
    }

    @Test
    void buildkitStepsLinkIncludingAHealthcheckKnownOnlyByItsKind() {
        String dockerfile = """
                # syntax=docker/dockerfile:1
                FROM node:20-slim
                WORKDIR /app
                COPY package*.json ./
                RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev
                COPY --chown=node:node . .
                ENV NODE_ENV=production PORT=3000
                EXPOSE 3000
                USER node
                HEALTHCHECK --interval=30s CMD node healthcheck.js
                CMD ["node", "server.js"]
                """;
        History h = new History()
                .layer("# debian.sh --arch 'amd64' out/ 'bookworm' '@1718582400'")
                .meta("CMD [\"bash\"]")
                .add("ENV NODE_VERSION=20.15.0", BUILDKIT, true)
                .add("RUN /bin/sh -c groupadd --gid 1000 node && useradd --uid 1000 --gid node node # buildkit",
                        BUILDKIT, false)
                .add("COPY docker-entrypoint.sh /usr/local/bin/ # buildkit", BUILDKIT, false)
                .add("ENTRYPOINT [\"docker-entrypoint.sh\"]", BUILDKIT, true)
                .add("CMD [\"node\"]", BUILDKIT, true)
                .add("WORKDIR /app", BUILDKIT, false)
                .add("COPY package*.json ./ # buildkit", BUILDKIT, false)
                .add("RUN /bin/sh -c npm ci --omit=dev # buildkit", BUILDKIT, false)
                .add("COPY --chown=node:node . . # buildkit", BUILDKIT, false)
                .add("ENV NODE_ENV=production PORT=3000", BUILDKIT, true)
                .add("EXPOSE map[3000/tcp:{}]", BUILDKIT, true)
                .add("USER node", BUILDKIT, true)
                .add("HEALTHCHECK &{[\"CMD-SHELL\" \"node healthcheck.js\"] \"30s\" \"0s\" \"0s\" \"0s\" '\\x00'}",
                        BUILDKIT, true)
                .add("CMD [\"node\" \"server.js\"]", BUILDKIT, true);
        assertThat(lines(match(h, dockerfile))).containsExactly(entry(7, 3), entry(8, 4), entry(9, 5), entry(10, 6),
                entry(11, 7), entry(12, 8), entry(13, 9), entry(14, 10), entry(15, 11));
    }

    @Test
    void buildahStepsLinkToTheirInstructions() {
        // the Dockerfile and the created_by/comment values buildah writes for make-test-images.sh's setuid-user
        String dockerfile = """
                FROM localhost/debian-minbase:bookworm
                ENV DB_PASSWORD=hunter2 AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
                RUN cp /bin/bash /usr/local/bin/rootbash && chmod 4755 /usr/local/bin/rootbash \\
                 && useradd -u 1001 -m -s /bin/bash appuser
                EXPOSE 8080
                HEALTHCHECK --interval=30s --timeout=3s CMD ["/bin/true"]
                USER appuser
                WORKDIR /home/appuser
                LABEL org.opencontainers.image.title=setuid-user
                CMD ["/bin/bash"]
                """;
        History h = new History().layer("debootstrap --variant=minbase bookworm")
                .meta("umoci config (CMD/ENV)")
                .add("/bin/sh -c #(nop) ENV DB_PASSWORD=hunter2 AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                        "FROM localhost/debian-minbase:bookworm", true)
                .add("/bin/sh -c cp /bin/bash /usr/local/bin/rootbash && chmod 4755 /usr/local/bin/rootbash "
                        + " && useradd -u 1001 -m -s /bin/bash appuser", "FROM 5f3c0e9b1a2d", false)
                .add("/bin/sh -c #(nop) EXPOSE 8080", "FROM 7a1a2c6522e5", true)
                .add("/bin/sh -c #(nop) HEALTHCHECK --interval=30s --timeout=3s CMD [\"/bin/true\"]", "FROM 1", true)
                .add("/bin/sh -c #(nop) USER appuser", "FROM 2", true)
                .add("/bin/sh -c #(nop) WORKDIR /home/appuser", "FROM 3", true)
                .add("/bin/sh -c #(nop) LABEL org.opencontainers.image.title=setuid-user", "FROM 4", true)
                .add("/bin/sh -c #(nop) CMD [\"/bin/bash\"]", "FROM 5", true);
        assertThat(lines(match(h, dockerfile))).containsExactly(entry(2, 2), entry(3, 3), entry(4, 5), entry(5, 6),
                entry(6, 7), entry(7, 8), entry(8, 9), entry(9, 10));
    }

    @Test
    void aStageBuiltFromAnotherStageBringsThatStagesStepsAndNoOthers() {
        String dockerfile = """
                FROM golang:1.22 AS build
                WORKDIR /src
                COPY . .
                RUN go build -o /out/app ./cmd/app

                FROM debian:12-slim AS runtime-base
                RUN apt-get update && apt-get install -y ca-certificates
                USER 65532

                FROM build AS test
                RUN go test ./...

                FROM runtime-base
                COPY --from=build /out/app /usr/local/bin/app
                ENTRYPOINT ["/usr/local/bin/app"]
                """;
        History h = new History()
                .layer("# debian.sh --arch 'amd64' out/ 'bookworm' '@1718582400'")
                .meta("CMD [\"bash\"]")
                .add("RUN /bin/sh -c apt-get update && apt-get install -y ca-certificates # buildkit", BUILDKIT, false)
                .add("USER 65532", BUILDKIT, true)
                .add("COPY /out/app /usr/local/bin/app # buildkit", BUILDKIT, false)
                .add("ENTRYPOINT [\"/usr/local/bin/app\"]", BUILDKIT, true);
        assertThat(lines(match(h, dockerfile))).containsExactly(entry(2, 7), entry(3, 8), entry(4, 14), entry(5, 15));
    }

    @Test
    void aDockerfileThatDidNotBuildTheImageLinksNothing() {
        String python = """
                FROM python:3.12-slim
                WORKDIR /app
                COPY requirements.txt .
                RUN pip install --no-cache-dir -r requirements.txt
                COPY . .
                USER app
                CMD ["python", "app.py"]
                """;
        History node = classicBase()
                .meta("/bin/sh -c #(nop) WORKDIR /app")
                .layer("/bin/sh -c #(nop) COPY file:aa11bb22 in package.json ")
                .layer("/bin/sh -c npm ci")
                .meta("/bin/sh -c #(nop)  USER app")
                .meta("/bin/sh -c #(nop)  CMD [\"node\" \"server.js\"]");
        DockerfileLayers.Links links = match(node, python);
        assertThat(links.isEmpty()).isTrue();
        assertThat(links.reference(2)).isEmpty();
    }

    @Test
    void aMissingStepOrAnExtraStepShiftsNothing() {
        // RUN make check was added after the image was built; the history has a step the Dockerfile lost
        String dockerfile = """
                FROM debian:12
                RUN apt-get update
                RUN make check
                COPY app /usr/local/bin/app
                USER app
                """;
        History h = classicBase()
                .layer("/bin/sh -c apt-get update")
                .layer("/bin/sh -c apt-get install -y make")
                .layer("/bin/sh -c #(nop) COPY file:cafe0123 in /usr/local/bin/app ")
                .meta("/bin/sh -c #(nop)  USER app");
        assertThat(lines(match(h, dockerfile))).containsExactly(entry(2, 2), entry(4, 4), entry(5, 5));
    }

    @Test
    void variablesKnownStaticallyAreSubstitutedAndUnknownOnesStandForAnyText() {
        String dockerfile = """
                FROM debian:12
                ARG RELEASE
                ENV APP_HOME=/srv/app
                ENV PATH=$APP_HOME/bin:$PATH
                WORKDIR ${APP_HOME}
                COPY bin/ ${APP_HOME}/bin/
                RUN curl -fsSL https://example.com/app-$RELEASE.tgz | tar -xz
                USER $RUNTIME_USER
                """;
        History h = classicBase()
                .meta("/bin/sh -c #(nop)  ARG RELEASE")
                .meta("/bin/sh -c #(nop)  ENV APP_HOME=/srv/app")
                .meta("/bin/sh -c #(nop)  ENV PATH=/srv/app/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin")
                .meta("/bin/sh -c #(nop) WORKDIR /srv/app")
                .layer("/bin/sh -c #(nop) COPY dir:77aa in /srv/app/bin/ ")
                // as a builder that records RUN expanded would write it; docker and BuildKit keep $RELEASE
                .layer("|1 RELEASE=4.2 /bin/sh -c curl -fsSL https://example.com/app-4.2.tgz | tar -xz")
                .meta("/bin/sh -c #(nop)  USER daemon");
        assertThat(lines(match(h, dockerfile))).containsExactly(entry(2, 2), entry(3, 3), entry(4, 4), entry(5, 5),
                entry(6, 6), entry(7, 7), entry(8, 8));
    }

    @Test
    void anInstructionOfVariablesOnlyIsLinkedOnlyWhereItsPlaceIsUnambiguous() {
        String dockerfile = """
                FROM debian:12
                RUN apt-get update
                USER $FIRST
                USER $SECOND
                RUN apt-get install -y curl
                """;
        History h = classicBase()
                .layer("/bin/sh -c apt-get update")
                .meta("/bin/sh -c #(nop)  USER daemon")
                .layer("/bin/sh -c apt-get install -y curl");
        assertThat(lines(match(h, dockerfile))).containsExactly(entry(2, 2), entry(4, 5));
    }

    @Test
    void withoutABaseSplitTheLatestMatchingStepIsTheOwnOne() {
        // no CMD marks the base's end, so the whole history is aligned; the base's own WORKDIR /app stays unlinked
        String dockerfile = """
                FROM example/base
                WORKDIR /app
                RUN ./configure && make
                """;
        History h = new History().layer("/bin/sh -c #(nop) ADD file:0fee in / ")
                .meta("/bin/sh -c #(nop) WORKDIR /app")
                .layer("/bin/sh -c ./prepare")
                .meta("/bin/sh -c #(nop) WORKDIR /app")
                .layer("/bin/sh -c ./configure && make");
        assertThat(BaseLayers.infer(h.entries()).firstOwnStep()).isEmpty();
        assertThat(lines(match(h, dockerfile))).containsExactly(entry(3, 2), entry(4, 3));
    }

    @Test
    void aBaseImageStepIsNeverLinkedWhenTheSplitIsKnown() {
        // USER app was added to the Dockerfile after the build; the base image happens to have the same step
        String dockerfile = """
                FROM example/base
                USER app
                RUN apt-get update
                """;
        History h = new History().layer("/bin/sh -c #(nop) ADD file:0fee in / ")
                .meta("/bin/sh -c #(nop)  USER app")
                .meta("/bin/sh -c #(nop)  CMD [\"bash\"]")
                .layer("/bin/sh -c apt-get update");
        assertThat(BaseLayers.infer(h.entries()).firstOwnStep()).contains(3);
        assertThat(lines(match(h, dockerfile))).containsExactly(entry(3, 3));
    }

    @Test
    void aRunUnderAnotherShellMatchesTheClassicBuildersUnreadableStep() {
        String dockerfile = """
                FROM debian:12
                SHELL ["/bin/bash", "-o", "pipefail", "-c"]
                RUN curl -fsSL https://example.com/x | sh
                """;
        History h = classicBase()
                .meta("/bin/sh -c #(nop)  SHELL [/bin/bash -o pipefail -c]")
                .layer("/bin/bash -o pipefail -c curl -fsSL https://example.com/x | sh");
        DockerfileLayers.Links links = match(h, dockerfile);
        assertThat(lines(links)).containsExactly(entry(2, 2), entry(3, 3));
    }

    @Test
    void theReferenceIsTheFirstLineWithoutItsContinuation() {
        String dockerfile = "FROM debian:12\n  RUN apt-get update \\\n   && apt-get install -y curl\n";
        History h = classicBase().layer("/bin/sh -c apt-get update    && apt-get install -y curl");
        assertThat(match(h, dockerfile).reference(2))
                .contains(new InstructionRef("Dockerfile", 2, 3, "RUN apt-get update"));
    }
}
