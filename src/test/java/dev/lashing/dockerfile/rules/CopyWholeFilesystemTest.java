package dev.lashing.dockerfile.rules;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class CopyWholeFilesystemTest {
    private final RuleTester tester = RuleTester.of(CopyWholeFilesystem.class);

    @Test
    void rootToRootFromAnotherStageIsFlagged() {
        tester.check("""
                FROM golang:1.23 AS build
                FROM gcr.io/distroless/static
                # expect: DF023
                COPY --from=build / /
                ARG ROOT=/
                # expect: DF023
                COPY --from=build ${ROOT} /
                # expect: DF023
                ONBUILD COPY --from=build / /
                """);
    }

    @Test
    void partialCopiesAndLocalRootAreFine() {
        tester.check("""
                FROM golang:1.23 AS build
                FROM gcr.io/distroless/static
                COPY --from=build /out/app /
                COPY --from=build / /rootfs/
                COPY / /
                """);
    }
}
