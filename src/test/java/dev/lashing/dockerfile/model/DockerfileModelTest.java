package dev.lashing.dockerfile.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.dockerfile.syntax.Dockerfile;
import dev.lashing.dockerfile.syntax.Instruction;
import dev.lashing.dockerfile.syntax.VariableExpander.Binding;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DockerfileModelTest {

    private static DockerfileModel model(String text) {
        return DockerfileModel.of(Dockerfile.parse("Dockerfile", text));
    }

    private static Instruction nth(DockerfileModel m, int i) {
        return m.file().instructions().get(i);
    }

    @Test
    void stagesBasesAndShipping() {
        DockerfileModel m = model("""
                FROM golang:1.22 AS build
                RUN go build
                FROM build AS test
                RUN go test
                FROM scratch AS tools
                FROM gcr.io/distroless/static:nonroot AS base
                FROM base
                COPY --from=build /app /app
                """);
        assertThat(m.stages()).hasSize(5);
        assertThat(m.stages().get(0).base()).isInstanceOf(StageBase.Image.class);
        assertThat(m.stages().get(1).parent()).containsSame(m.stages().get(0));
        assertThat(m.stages().get(2).base()).isInstanceOf(StageBase.Scratch.class);
        assertThat(m.shippedStages()).extracting(Stage::index).containsExactly(4, 3);
        assertThat(m.isShipped(m.stages().get(0))).isFalse();
        assertThat(m.resolveStageReference("BUILD", m.stages().get(4))).containsSame(m.stages().get(0));
        assertThat(m.resolveStageReference("1", m.stages().get(4))).containsSame(m.stages().get(1));
        assertThat(m.resolveStageReference("4", m.stages().get(4))).isEmpty();
        assertThat(m.resolveStageReference("alpine:3", m.stages().get(4))).isEmpty();
        assertThat(m.stageOf(nth(m, 7))).containsSame(m.stages().get(4));
    }

    @Test
    void fromResolvesGlobalArgsAndMarksUnknownOnes() {
        DockerfileModel m = model("""
                ARG VERSION=3.19
                ARG REGISTRY
                FROM alpine:${VERSION}
                FROM ${REGISTRY}/app:1
                FROM --platform=$BUILDPLATFORM busybox:$TARGETARCH
                """);
        assertThat(((StageBase.Image) m.stages().get(0).base()).reference().tag()).contains("3.19");
        assertThat(m.stages().get(1).base()).isInstanceOfSatisfying(StageBase.Unresolved.class,
                u -> assertThat(u.variables()).containsExactly("REGISTRY"));
        assertThat(m.stages().get(2).base()).isInstanceOf(StageBase.Unresolved.class);
    }

    @Test
    void buildArgsResolveWhatTheFileLeavesOpen() {
        DockerfileModel m = DockerfileModel.of(Dockerfile.parse("Dockerfile", "ARG REGISTRY\nFROM ${REGISTRY}/app:1\n"),
                Map.of("REGISTRY", "ghcr.io/acme"));
        assertThat(((StageBase.Image) m.stages().get(0).base()).reference().registry()).isEqualTo("ghcr.io");
    }

    @Test
    void scopesFollowArgAndEnvRules() {
        DockerfileModel m = model("""
                ARG GLOBAL=g
                FROM alpine:3
                ARG GLOBAL
                ARG LOCAL=l-$GLOBAL
                ENV HOME_DIR=/srv/$LOCAL GLOBAL=from-env
                RUN echo
                FROM alpine:3 AS other
                RUN echo
                """);
        Stage s0 = m.stages().get(0);
        Scope atRun = s0.scopeAt(nth(m, 5));
        assertThat(atRun.value("LOCAL")).contains("l-g");
        assertThat(atRun.value("HOME_DIR")).contains("/srv/l-g");
        assertThat(atRun.value("GLOBAL")).contains("from-env");
        assertThat(atRun.lookup("PATH")).isInstanceOf(Binding.Unknown.class);
        Scope other = m.stages().get(1).scopeAt(nth(m, 7));
        assertThat(other.lookup("LOCAL")).isInstanceOf(Binding.Unknown.class);
        assertThat(other.hasArg("GLOBAL")).isFalse();
    }

    @Test
    void envIsInheritedByChildStagesButArgsAreNot() {
        DockerfileModel m = model("""
                FROM scratch AS base
                ARG A=1
                ENV E=2
                FROM base
                RUN echo
                """);
        Scope s = m.stages().get(1).scopeAt(nth(m, 4));
        assertThat(s.value("E")).contains("2");
        assertThat(s.lookup("A")).isInstanceOf(Binding.Unset.class);
    }

    @Test
    void envValuesInOneInstructionSeeOnlyEarlierValues() {
        DockerfileModel m = model("FROM scratch\nENV A=1 B=$A\nRUN x\n");
        assertThat(m.stages().get(0).scopeAt(nth(m, 2)).value("B")).contains("");
    }

    @Test
    void effectiveUserFollowsParentsAndBases() {
        DockerfileModel m = model("""
                FROM alpine:3 AS a
                USER app
                FROM a AS b
                FROM alpine:3 AS c
                USER 0:0
                FROM scratch AS d
                FROM gcr.io/distroless/base:nonroot AS e
                ARG U
                FROM alpine:3 AS f
                ARG U
                USER $U
                """);
        assertThat(m.stages().get(1).effectiveUser()).isInstanceOfSatisfying(EffectiveUser.Explicit.class, e -> {
            assertThat(e.value()).contains("app");
            assertThat(e.stage().index()).isZero();
            assertThat(e.isRoot()).isFalse();
        });
        assertThat(m.stages().get(2).effectiveUser()).isInstanceOfSatisfying(EffectiveUser.Explicit.class,
                e -> assertThat(e.isRoot()).isTrue());
        assertThat(m.stages().get(3).effectiveUser()).isInstanceOf(EffectiveUser.Root.class);
        assertThat(m.stages().get(4).effectiveUser()).isInstanceOfSatisfying(EffectiveUser.FromImage.class,
                f -> assertThat(f.knownNonRoot()).isTrue());
        assertThat(m.stages().get(5).effectiveUser()).isInstanceOfSatisfying(EffectiveUser.Explicit.class, e -> {
            assertThat(e.value()).isEmpty();
            assertThat(e.isRoot()).isFalse();
        });
    }

    @Test
    void shellSettingPerInstruction() {
        DockerfileModel m = model("""
                FROM alpine:3 AS a
                RUN echo
                SHELL ["/bin/bash", "-euo", "pipefail", "-c"]
                RUN echo
                FROM a
                RUN echo
                FROM mcr.microsoft.com/windows/servercore:ltsc2022
                RUN dir
                SHELL ["pwsh", "-Command"]
                RUN Get-Item
                """);
        assertThat(m.stages().get(0).shellAt(nth(m, 1)).hasPipefail()).isFalse();
        assertThat(m.stages().get(0).shellAt(nth(m, 3)).hasPipefail()).isTrue();
        assertThat(m.stages().get(1).shellAt(nth(m, 5)).executable()).isEqualTo("bash");
        assertThat(m.stages().get(2).shellAt(nth(m, 7)).isPosix()).isFalse();
        assertThat(m.stages().get(2).shellAt(nth(m, 9)).executable()).isEqualTo("pwsh");
    }

    @Test
    void brokenFromStillStartsAStage() {
        DockerfileModel m = model("FROM a b\nUSER root\nFROM alpine:3\n");
        assertThat(m.stages()).hasSize(2);
        assertThat(m.stages().get(0).base()).isInstanceOf(StageBase.Invalid.class);
        assertThat(m.stages().get(0).effectiveUser()).isInstanceOf(EffectiveUser.Explicit.class);
    }
}
