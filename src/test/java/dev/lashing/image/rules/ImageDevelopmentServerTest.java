package dev.lashing.image.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.ImageRuleTester;
import dev.lashing.testing.ImageRuleTester.Reported;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageDevelopmentServerTest {
    private final ImageRuleTester tester = ImageRuleTester.of(ImageDevelopmentServer.class);

    private List<Reported> cmd(String... argv) {
        return tester.check(ImageRuleTester.image().cmd(argv));
    }

    @Test
    void execFormDevelopmentServers() {
        assertThat(cmd("flask", "run", "--host=0.0.0.0")).singleElement().satisfies(f -> {
            assertThat(f.target()).isEqualTo("/config/Cmd");
            assertThat(f.message()).contains("starts flask run");
        });
        assertThat(cmd("python", "manage.py", "runserver", "0.0.0.0:8000")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("manage.py runserver"));
        assertThat(cmd("python3", "-m", "http.server", "8000")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("python -m http.server"));
        assertThat(cmd("/usr/local/bin/uvicorn", "app:app", "--reload")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("uvicorn --reload"));
        for (List<String> argv : List.of(List.of("php", "-S", "0.0.0.0:80"), List.of("nodemon", "server.js"),
                List.of("npm", "run", "dev"), List.of("ng", "serve"), List.of("npx", "vite"),
                List.of("webpack-dev-server"), List.of("bundle", "exec", "rails", "server", "-b", "0.0.0.0"),
                List.of("python", "-m", "flask", "run"))) {
            assertThat(cmd(argv.toArray(String[]::new))).as(argv.toString()).hasSize(1);
        }
    }

    @Test
    void shellFormAndEntrypointWrappersAreSeenThrough() {
        assertThat(cmd("/bin/sh", "-c", "cd /app && exec flask run --host 0.0.0.0")).hasSize(1);
        List<Reported> r = tester.check(ImageRuleTester.image().entrypoint("/docker-entrypoint.sh")
                .cmd("nodemon", "index.js"));
        assertThat(r).singleElement().satisfies(f -> assertThat(f.target()).isEqualTo("/config/Cmd"));
        assertThat(tester.check(ImageRuleTester.image().entrypoint("tini", "--", "gunicorn", "--reload")
                .cmd("app:app"))).singleElement().satisfies(f -> assertThat(f.target()).isEqualTo("/config/Entrypoint"));
    }

    @Test
    void railsServerIsADevelopmentServerOnlyInDevelopment() {
        assertThat(cmd("rails", "server")).hasSize(1);
        assertThat(cmd("rails", "s", "-e", "development")).hasSize(1);
        assertThat(cmd("rails", "server", "-e", "production")).isEmpty();
        assertThat(tester.check(ImageRuleTester.image().env("RAILS_ENV=production").cmd("rails", "server"))).isEmpty();
    }

    @Test
    void debugSwitchesInEnvAreReportedAtTheirIndex() {
        List<Reported> r = tester.check(ImageRuleTester.image().env("PATH=/usr/bin", "FLASK_DEBUG=1",
                "NODE_ENV=development", "DJANGO_DEBUG=True", "ASPNETCORE_ENVIRONMENT=Development", "DEBUG=true"));
        assertThat(r).extracting(Reported::target).containsExactly("/config/Env/1", "/config/Env/2",
                "/config/Env/3", "/config/Env/4", "/config/Env/5");
        assertThat(r.get(0).message()).contains("FLASK_DEBUG=1").contains("debug");
    }

    @Test
    void productionServersAndSettingsAreFine() {
        assertThat(cmd("gunicorn", "--bind", "0.0.0.0:8000", "app:app")).isEmpty();
        assertThat(cmd("uvicorn", "app:app", "--host", "0.0.0.0")).isEmpty();
        assertThat(cmd("node", "server.js")).isEmpty();
        assertThat(cmd("npm", "start")).isEmpty();
        assertThat(cmd("nginx", "-g", "daemon off;")).isEmpty();
        assertThat(cmd("python", "app.py", "serve")).isEmpty();
        assertThat(tester.check(ImageRuleTester.image().env("NODE_ENV=production", "DEBUG=express:*",
                "FLASK_DEBUG=0", "DJANGO_DEBUG=False", "ASPNETCORE_ENVIRONMENT=Production"))).isEmpty();
    }
}
