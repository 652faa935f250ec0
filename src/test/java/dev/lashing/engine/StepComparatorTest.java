package dev.lashing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.dockerfile.model.DockerfileModel;
import dev.lashing.dockerfile.model.Stage;
import dev.lashing.dockerfile.syntax.Dockerfile;
import dev.lashing.dockerfile.syntax.Instruction;
import dev.lashing.engine.StepComparator.Step;
import dev.lashing.engine.StepComparator.Strength;
import org.junit.jupiter.api.Test;

class StepComparatorTest {

    /** The last instruction of {@code dockerfile}'s final stage, as the matcher expects it in the history. */
    private static ExpectedStep last(String dockerfile) {
        DockerfileModel model = DockerfileModel.of(Dockerfile.parse("Dockerfile", dockerfile));
        Stage stage = model.finalStage().orElseThrow();
        Instruction i = stage.instructions().get(stage.instructions().size() - 1);
        return ExpectedStep.of(i, stage.scopeAt(i), stage.shellAt(i).argv(), model.file().escape());
    }

    private static Strength compare(String createdBy, String dockerfile) {
        return StepComparator.compare(Step.of(0, createdBy), last(dockerfile));
    }

    @Test
    void runCommandsCompareWithoutTheShellAndWithWhitespaceCollapsed() {
        String df = "FROM debian:12\nRUN apt-get update \\\n    && apt-get install -y curl\n";
        assertThat(compare("/bin/sh -c apt-get update     && apt-get install -y curl", df)).isEqualTo(Strength.EXACT);
        assertThat(compare("RUN /bin/sh -c apt-get update && apt-get install -y curl # buildkit", df))
                .isEqualTo(Strength.EXACT);
        assertThat(compare("RUN |1 A=b /bin/sh -c apt-get update && apt-get install -y curl # buildkit", df))
                .isEqualTo(Strength.EXACT);
        assertThat(compare("/bin/sh -c apt-get update && apt-get install -y wget", df)).isEqualTo(Strength.NONE);
        assertThat(compare("/bin/sh -c #(nop)  CMD [\"apt-get\"]", df)).isEqualTo(Strength.NONE);
    }

    @Test
    void knownVariablesAreSubstitutedAndUnknownOnesMatchAnything() {
        String known = "FROM debian:12\nENV PKG=curl\nRUN apt-get install -y $PKG\n";
        assertThat(compare("/bin/sh -c apt-get install -y $PKG", known)).isEqualTo(Strength.EXACT);
        assertThat(compare("/bin/sh -c apt-get install -y curl", known)).isEqualTo(Strength.EXACT);
        String unknown = "FROM debian:12\nARG PKG\nRUN apt-get install -y ${PKG}\n";
        assertThat(compare("/bin/sh -c apt-get install -y wget", unknown)).isEqualTo(Strength.PARTIAL);
        assertThat(compare("/bin/sh -c apt-get remove -y wget", unknown)).isEqualTo(Strength.NONE);
        assertThat(compare("/bin/sh -c #(nop)  ENV PATH=/opt/bin:/usr/bin", "FROM debian:12\nENV PATH=/opt/bin:$PATH\n"))
                .isEqualTo(Strength.PARTIAL);
        assertThat(compare("/bin/sh -c #(nop)  USER daemon", "FROM debian:12\nUSER $WHO\n")).isEqualTo(Strength.KIND);
    }

    @Test
    void copyAndAddCompareByDestinationWhenTheHistoryHasOnlyDigests() {
        String df = "FROM debian:12\nCOPY --chown=app:app app/ /srv/app/\n";
        assertThat(compare("COPY --chown=app:app app/ /srv/app/ # buildkit", df)).isEqualTo(Strength.EXACT);
        assertThat(compare("/bin/sh -c #(nop) COPY dir:4f1e2d in /srv/app/ ", df)).isEqualTo(Strength.PARTIAL);
        assertThat(compare("/bin/sh -c #(nop) COPY dir:4f1e2d in /opt/app/ ", df)).isEqualTo(Strength.NONE);
        assertThat(compare("/bin/sh -c #(nop) ADD dir:4f1e2d in /srv/app/ ", df)).isEqualTo(Strength.NONE);
    }

    @Test
    void metadataComparesAsTheBuilderRecordsIt() {
        assertThat(compare("EXPOSE map[443/tcp:{} 80/tcp:{}]", "FROM x\nEXPOSE 80 443\n")).isEqualTo(Strength.EXACT);
        assertThat(compare("/bin/sh -c #(nop)  CMD [\"/bin/sh\" \"-c\" \"node server.js\"]", "FROM x\nCMD node server.js\n"))
                .isEqualTo(Strength.EXACT);
        assertThat(compare("VOLUME [/data /logs]", "FROM x\nVOLUME [\"/logs\", \"/data\"]\n")).isEqualTo(Strength.EXACT);
        assertThat(compare("LABEL a=b c=d e", "FROM x\nLABEL a=\"b\" c=d\n")).isEqualTo(Strength.NONE);
        assertThat(compare("ARG VERSION=2", "FROM x\nARG VERSION=1\n")).isEqualTo(Strength.PARTIAL);
        assertThat(compare("HEALTHCHECK &{[\"CMD-SHELL\" \"true\"] \"30s\" \"0s\" \"0s\" \"0s\" '\\x00'}",
                "FROM x\nHEALTHCHECK CMD true\n")).isEqualTo(Strength.KIND);
    }
}
