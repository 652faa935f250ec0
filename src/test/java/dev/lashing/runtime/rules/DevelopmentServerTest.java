package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.RuntimeRuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class DevelopmentServerTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(DevelopmentServer.class);

    @Test
    void aDevelopmentServerCommandIsReportedInEachInput() {
        assertThat(tester.check(RuntimeRuleTester.docker().command(List.of("flask", "run", "--host=0.0.0.0"),
                "flask run --host=0.0.0.0"))).singleElement().satisfies(r -> {
                    assertThat(r.severity()).isEqualTo(Severity.WARNING);
                    assertThat(r.message()).contains("starts flask run (`flask run --host=0.0.0.0`)");
                });
        assertThat(tester.check(RuntimeRuleTester.compose().command(List.of("python", "manage.py", "runserver",
                "0.0.0.0:8000"), "command: python manage.py runserver 0.0.0.0:8000"))).hasSize(1);
        assertThat(tester.check(RuntimeRuleTester.kubernetes().command(List.of("uvicorn", "app:app", "--reload"),
                "args: [\"uvicorn\", \"app:app\", \"--reload\"]"))).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("uvicorn --reload"));
        assertThat(tester.check(RuntimeRuleTester.quadlet().command(List.of("npm", "run", "dev"), "Exec=npm run dev")))
                .hasSize(1);
    }

    @Test
    void shellScriptsAreSplitIntoCommands() {
        assertThat(tester.check(RuntimeRuleTester.compose().command(List.of("sh", "-c",
                "pip install -r req.txt && exec flask run"), "command: sh -c \"...\""))).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("flask run"));
    }

    @Test
    void debugSwitchesInTheEnvironmentAreReported() {
        assertThat(tester.check(RuntimeRuleTester.compose().env("FLASK_DEBUG", "1", "FLASK_DEBUG: \"1\"")))
                .singleElement().satisfies(r -> {
                    assertThat(r.target()).isEqualTo("FLASK_DEBUG: \"1\"");
                    assertThat(r.message()).startsWith("FLASK_DEBUG=1 (`FLASK_DEBUG: \"1\"`)");
                });
    }

    @Test
    void productionServersAndTheImagesOwnCommandPass() {
        assertThat(tester.check(RuntimeRuleTester.docker().command(List.of("gunicorn", "-w", "4", "app:app"),
                "gunicorn -w 4 app:app"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker())).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker().env("NODE_ENV", "production", "-e NODE_ENV=production")))
                .isEmpty();
    }
}
