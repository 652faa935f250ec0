package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class GoInstallNotPinnedTest {
    private final RuleTester tester = RuleTester.of(GoInstallNotPinned.class);

    @Test
    void remotePackagesWithoutVersionOrWithLatestAreFlagged() {
        assertThat(tester.check("""
                FROM golang:1.23
                # expect: SH020
                RUN go install golang.org/x/tools/gopls@latest
                # expect: SH020
                RUN go get -u github.com/spf13/cobra
                # expect: SH020
                RUN go run -tags netgo github.com/x/gen@upgrade --out /tmp/x
                # expect: SH020, SH020
                RUN go install -ldflags "-s -w" github.com/a/b@v1.0.0 github.com/c/d github.com/e/f@none
                # expect: SH020
                ONBUILD RUN go install example.com/cmd/tool
                """).get(0).location().text()).isEqualTo("golang.org/x/tools/gopls@latest");
    }

    @Test
    void versionsAndLocalPackagesPass() {
        tester.check("""
                FROM golang:1.23
                RUN go install golang.org/x/tools/gopls@v0.16.2 && go install ./... && go install .
                RUN go get && go get ./... && go run main.go util.go && go run ./cmd/server arg1
                RUN go run github.com/x/gen@v1.2.0 github.com/not/a/package && go install cmd/vet $PKG
                RUN go build -o /out ./cmd/app && go mod download && go test ./...
                """);
    }
}
