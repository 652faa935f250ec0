package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class PipPackageNotPinnedTest {
    private final RuleTester tester = RuleTester.of(PipPackageNotPinned.class);

    @Test
    void eachUnpinnedRequirementIsFlaggedAtItsWord() {
        assertThat(tester.check("""
                FROM python:3.12
                # expect: SH017, SH017
                RUN pip install --no-cache-dir flask==3.0.3 gunicorn -i https://pypi.example/simple requests
                # expect: SH017
                RUN python3 -m pip install --upgrade pip
                # expect: SH017
                RUN pip install git+https://github.com/psf/black.git
                # expect: SH017
                ONBUILD RUN pip3 install 'uvicorn[standard]'
                """).get(0).location().text()).isEqualTo("gunicorn");
    }

    @Test
    void specifiersFilesUrlsAndPathsPass() {
        tester.check("""
                FROM python:3.12
                RUN pip install 'flask>=3,<4' django~=5.0 'numpy!=1.0' requests===2.32.3 'x[extra]==1'
                RUN pip install git+https://github.com/psf/black.git@24.4.2 'git+https://h/r.git@v1#egg=r'
                RUN pip install ./dist/app-1.0-py3-none-any.whl app.tar.gz . /src/pkg -e ./lib $PKGS
                RUN pip install -r requirements.txt gunicorn && pip install -c constraints.txt flask
                RUN pip install 'name @ https://example.com/name.zip' && pip download flask
                RUN pipx install black && uv pip install flask
                """);
    }
}
