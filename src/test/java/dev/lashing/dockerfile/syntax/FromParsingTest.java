package dev.lashing.dockerfile.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FromParsingTest {

    @Test
    void imageOnly() {
        Parsed p = Parsed.parse("FROM alpine:3.19\n");
        From f = p.get(0, From.class);
        assertThat(f.image().text()).isEqualTo("alpine:3.19");
        assertThat(f.stageName()).isEmpty();
        assertThat(p.errors()).isEmpty();
    }

    @Test
    void platformFlagAndStageNameAnyCase() {
        Parsed p = Parsed.parse("from --platform=$BUILDPLATFORM golang:1.22 As Build\n");
        From f = p.get(0, From.class);
        assertThat(f.image().text()).isEqualTo("golang:1.22");
        assertThat(f.stageName().orElseThrow().text()).isEqualTo("Build");
        assertThat(f.stageKey()).contains("build");
        assertThat(f.platform().orElseThrow().value()).contains("$BUILDPLATFORM");
        assertThat(p.text(f.platform().get().valueRange().orElseThrow())).isEqualTo("$BUILDPLATFORM");
        assertThat(f.name()).isEqualTo("FROM");
    }

    @Test
    void twoArgumentsIsAnErrorButParsingGoesOn() {
        Parsed p = Parsed.parse("FROM alpine AS\nRUN echo hi\n");
        assertThat(p.df.instructions().get(0)).isInstanceOf(MalformedInstruction.class);
        assertThat(p.df.instructions().get(0).name()).isEqualTo("FROM");
        assertThat(p.errors()).containsExactly("FROM requires either one or three arguments");
        assertThat(p.get(1, Run.class)).isNotNull();
    }

    @Test
    void invalidStageNameIsReportedAtTheName() {
        Parsed p = Parsed.parse("FROM alpine AS 1st\n");
        assertThat(p.errors()).singleElement().asString().contains("invalid name for build stage");
        assertThat(p.at(p.df.issues().get(0).range()).column()).isEqualTo(16);
    }

    @Test
    void unknownFlagIsAnErrorButTheInstructionStaysTyped() {
        Parsed p = Parsed.parse("FROM --plattform=linux/amd64 alpine\n");
        assertThat(p.get(0, From.class).image().text()).isEqualTo("alpine");
        assertThat(p.errors()).singleElement().asString().startsWith("unknown flag: plattform");
    }

    @Test
    void instructionsBeforeFromOtherThanArgAreErrors() {
        Parsed p = Parsed.parse("ARG V=1\nLABEL a=b\nFROM alpine:$V\n");
        assertThat(p.errors()).singleElement().asString().startsWith("LABEL before the first FROM");
    }
}
