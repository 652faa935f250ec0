package dev.lashing.dockerfile.rules;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class CopyFromCurrentStageTest {
    private final RuleTester tester = RuleTester.of(CopyFromCurrentStage.class);

    @Test
    void ownNameOrIndexIsFlagged() {
        tester.check("""
                FROM golang:1.23 AS build
                RUN go build -o /out/app .
                FROM alpine:3.20 AS App
                # expect: DF014
                COPY --from=app /out/app /app
                # expect: DF014
                COPY --from=1 /out/app /app
                ARG SELF=app
                # expect: DF014
                COPY --from=${SELF} /x /y
                # expect: DF014
                RUN --mount=type=bind,from=app,target=/src make
                """);
    }

    @Test
    void otherStagesImagesTriggersAndUnknownValuesAreFine() {
        tester.check("""
                FROM golang:1.23 AS build
                RUN go build -o /out/app .
                FROM alpine:3.20 AS app
                COPY --from=build /out/app /app
                COPY --from=0 /out/app /app
                COPY --from=nginx:1.27 /etc/nginx /etc/nginx
                ONBUILD COPY --from=app /a /b
                ARG UNKNOWN
                COPY --from=$UNKNOWN /a /b
                RUN --mount=type=cache,target=/root/.cache --mount=from=build,target=/b make
                """);
    }
}
