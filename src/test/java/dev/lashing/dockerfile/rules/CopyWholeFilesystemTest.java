package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Finding;
import dev.lashing.core.Severity;
import dev.lashing.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class CopyWholeFilesystemTest {
    private final RuleTester tester = RuleTester.of(CopyWholeFilesystem.class);

    @Test
    void rootToRootFromABuildStageIsFlagged() {
        List<Finding> f = tester.check("""
                FROM golang:1.23 AS build
                RUN go build -o /out/app .
                FROM gcr.io/distroless/static
                # expect: DF023
                COPY --from=build / /
                ARG ROOT=/
                # expect: DF023
                COPY --from=build ${ROOT} /
                # expect: DF023
                ONBUILD COPY --from=build / /
                """);
        assertThat(f).allSatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void flatteningIntoScratchIsInfo() {
        List<Finding> f = tester.check("""
                FROM debian:12 AS intermediate
                RUN rm -rf /usr/share/doc
                FROM scratch
                ARG X
                # expect: DF023
                COPY --from=intermediate / /
                # expect: DF023
                COPY --from=intermediate / /
                """);
        assertThat(f.get(0).severity()).isEqualTo(Severity.INFO);
        assertThat(f.get(1).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void imagesAndImageAliasesCannotBeTold() {
        List<Finding> f = tester.check("""
                FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.5 AS xx
                FROM golang:1.23
                # expect: DF023
                COPY --from=xx / /
                # expect: DF023
                COPY --from=gloursdocker/docker / /
                """);
        assertThat(f).allSatisfy(x -> assertThat(x.message()).startsWith("cannot tell"));
        assertThat(f).allSatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void scratchExportStagesPartialCopiesAndLocalRootAreFine() {
        tester.check("""
                FROM golang:1.23 AS build
                RUN go build -o /out/app .
                FROM scratch AS export
                COPY --from=build /out/app /
                FROM gcr.io/distroless/static
                COPY --from=export / /
                COPY --from=build /out/app /
                COPY --from=build / /rootfs/
                COPY / /
                COPY --from=$UNKNOWN / /
                """);
    }
}
