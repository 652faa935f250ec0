package dev.lashing.dockerfile.rules;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class InstallAtRuntimeTest {
    private final RuleTester tester = RuleTester.of(InstallAtRuntime.class);

    @Test
    void installsInCmdAndEntrypointAreFlagged() {
        tester.check("""
                FROM python:3.12-slim
                # expect: DF064
                CMD pip install -r requirements.txt && python app.py
                # expect: DF064
                ENTRYPOINT ["sh", "-c", "apt-get update && apt-get install -y curl && exec app"]
                """);
    }

    @Test
    void plainStartsPass() {
        tester.check("""
                FROM python:3.12-slim
                RUN pip install --no-cache-dir -r requirements.txt
                CMD ["python", "app.py"]
                """);
    }

    @Test
    void installsInTheEntrypointScriptFromTheContextAreReportedAtTheEntrypoint() {
        var context = new dev.lashing.dockerfile.model.BuildContext(java.util.Optional.of(".dockerignore"),
                java.util.List.of(), java.util.Map.of("docker-entrypoint.sh", "#!/bin/sh\nset -e\napk add --no-cache curl\nexec \"$@\"\n"));
        var f = RuleTester.of(InstallAtRuntime.class).withBuildContext(context).check("""
                FROM alpine:3.22
                COPY docker-entrypoint.sh /usr/local/bin/
                # expect: DF064
                ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]
                CMD ["app"]
                """);
        org.assertj.core.api.Assertions.assertThat(f.get(0).message())
                .contains("docker-entrypoint.sh (copied in on line 2) runs apk add", "script line 3");
        RuleTester.of(InstallAtRuntime.class).withBuildContext(context).check("""
                FROM alpine:3.22
                COPY other.sh /usr/local/bin/docker-entrypoint.sh
                ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]
                """);
    }
}
