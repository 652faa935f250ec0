package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class PipCacheNotDisabledTest {
    private final RuleTester tester = RuleTester.of(PipCacheNotDisabled.class);

    @Test
    void installWithoutNoCacheDirIsFlagged() {
        assertThat(tester.check("""
                FROM python:3.12
                # expect: SH013
                RUN pip install -r requirements.txt
                # expect: SH013
                RUN python3 -m pip install --upgrade pip
                # expect: SH013
                RUN pip3.12 --disable-pip-version-check install flask
                # expect: SH013
                RUN sh -c 'pip install gunicorn'
                # expect: SH013
                RUN ["pip", "install", "uvicorn"]
                # expect: SH013
                ONBUILD RUN pip install -r requirements.txt
                """).get(0).location().text()).isEqualTo("install");
    }

    @Test
    void flagEnvironmentOrCacheMountPasses() {
        tester.check("""
                FROM python:3.12
                RUN pip install --no-cache-dir flask
                RUN pip --no-cache-dir install flask
                RUN PIP_NO_CACHE_DIR=1 pip install flask
                RUN env PIP_NO_CACHE_DIR=off pip install flask
                RUN export PIP_NO_CACHE_DIR=1 && pip install flask
                RUN --mount=type=cache,target=/root/.cache/pip pip install flask
                RUN --mount=type=cache,target=/root/.cache pip install flask
                RUN pipx install black && pipenv install && uv pip install flask
                RUN pip download flask && pip list && echo pip install x
                """);
    }

    @Test
    void environmentFromThisOrAParentStagePasses() {
        tester.check("""
                FROM python:3.12 AS base
                ENV PIP_NO_CACHE_DIR=false
                FROM base
                RUN pip install flask
                """);
        tester.check("""
                FROM python:3.12
                ENV PIP_NO_CACHE_DIR=maybe
                # expect: SH013
                RUN pip install flask
                """);
    }

    @Test
    void onlyShippedStagesMatter() {
        tester.check("""
                FROM python:3.12 AS build
                RUN pip install --prefix=/install flask
                FROM python:3.12-slim
                COPY --from=build /install /usr/local
                # expect: SH013
                RUN pip install gunicorn
                """);
    }

    @Test
    void fixInsertsNoCacheDir() {
        tester.fixes("""
                FROM python:3.12
                RUN python -m pip install \\
                      -r requirements.txt
                """, """
                FROM python:3.12
                RUN python -m pip install --no-cache-dir \\
                      -r requirements.txt
                """, true);
        String noFix = """
                FROM python:3.12
                RUN ["pip", "install", "uvicorn"]
                """;
        tester.fixes(noFix, noFix, true);
    }
}
