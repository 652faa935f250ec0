package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Finding;
import dev.lashing.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShellFormCommandTest {
    private final RuleTester tester = RuleTester.of(ShellFormCommand.class);

    @Test
    void effectiveShellFormCommandsAreFlagged() {
        List<Finding> f = tester.check("""
                FROM python:3.12-slim
                # expect: DF006
                ENTRYPOINT python -m app
                # expect: DF006
                CMD gunicorn app:wsgi --bind 0.0.0.0:8000
                """);
        assertThat(f.get(0).message()).contains("arguments are ignored");
        assertThat(f.get(1).location().text()).isEqualTo("gunicorn app:wsgi --bind 0.0.0.0:8000");
    }

    @Test
    void execFormExecPrefixOverriddenAndBuildStagesPass() {
        tester.check("""
                FROM golang:1.22 AS build
                CMD go test ./...
                FROM alpine:3.20 AS base
                CMD echo overridden
                FROM base
                CMD ["/app"]
                ENTRYPOINT exec /usr/bin/tini -- /app
                """);
    }

    @Test
    void windowsShellIsNotJudged() {
        tester.check("""
                FROM mcr.microsoft.com/windows/servercore:ltsc2022
                SHELL ["powershell", "-Command"]
                CMD Start-Service w3svc; Get-Content -Wait log.txt
                """);
    }

    @Test
    void fixConvertsStaticCommandsOnly() {
        tester.fixes("""
                FROM nginx:1.27
                CMD nginx -g 'daemon off;'
                """, """
                FROM nginx:1.27
                CMD ["nginx", "-g", "daemon off;"]
                """, true);
        String dynamic = """
                FROM alpine:3.20
                CMD /app --port $PORT
                """;
        tester.fixes(dynamic, dynamic, true);
        String pipeline = """
                FROM alpine:3.20
                CMD /app | tee log
                """;
        tester.fixes(pipeline, pipeline, true);
    }
}
