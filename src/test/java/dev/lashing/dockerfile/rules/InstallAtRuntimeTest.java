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
}
