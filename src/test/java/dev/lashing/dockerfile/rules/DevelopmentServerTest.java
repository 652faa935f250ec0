package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class DevelopmentServerTest {
    private final RuleTester tester = RuleTester.of(DevelopmentServer.class);

    @Test
    void developmentServersInCmdAndEntrypoint() {
        assertThat(tester.check("""
                FROM python:3.12-slim
                # expect: DF007
                CMD ["flask", "run", "--host=0.0.0.0"]
                # expect: DF007
                CMD python manage.py runserver 0.0.0.0:8000
                # expect: DF007
                CMD ["uvicorn", "app:app", "--reload"]
                # expect: DF007
                ENTRYPOINT ["python", "-m", "http.server", "8080"]
                # expect: DF007
                CMD npm run dev
                # expect: DF007
                CMD exec php -S 0.0.0.0:80 -t public
                """).get(0).message()).contains("flask run is a development server");
    }

    @Test
    void theSharedListCoversFlagValuesLaunchersAndRailsEnvironment() {
        tester.check("""
                FROM ruby:3.3
                # expect: DF007
                CMD ["flask", "--app", "web", "run"]
                # expect: DF007
                CMD ["poetry", "run", "uvicorn", "app:app", "--reload"]
                # expect: DF007
                CMD ["rails", "server"]
                """);
        tester.check("""
                FROM ruby:3.3
                ENV RAILS_ENV=production
                CMD ["rails", "server", "-b", "0.0.0.0"]
                """);
    }

    @Test
    void productionServersPass() {
        tester.check("""
                FROM python:3.12-slim
                CMD ["gunicorn", "app:wsgi", "--bind", "0.0.0.0:8000"]
                CMD uvicorn app:app --host 0.0.0.0
                CMD ["node", "server.js"]
                CMD npm start
                CMD ["python", "-m", "myapp"]
                """);
    }

    @Test
    void debugSwitchesInEnv() {
        tester.check("""
                FROM node:22-slim
                # expect: DF007
                ENV NODE_ENV=development
                ENV NODE_ENV=production
                ARG MODE=1
                # expect: DF007
                ENV FLASK_DEBUG=${MODE}
                """);
    }

    @Test
    void buildStagesAreNotShipped() {
        tester.check("""
                FROM node:22 AS dev
                ENV NODE_ENV=development
                CMD ["nodemon", "app.js"]
                FROM node:22-slim
                CMD ["node", "app.js"]
                """);
    }
}
