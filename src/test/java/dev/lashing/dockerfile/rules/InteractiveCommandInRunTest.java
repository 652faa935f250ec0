package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Finding;
import dev.lashing.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class InteractiveCommandInRunTest {
    private final RuleTester tester = RuleTester.of(InteractiveCommandInRun.class);

    @Test
    void meaninglessCommandsAreFlagged() {
        List<Finding> f = tester.check("""
                FROM debian:12
                # expect: SH052
                RUN service nginx start && nginx -t
                # expect: SH052, SH052
                RUN ps aux | grep x && kill -9 1
                # expect: SH052
                RUN sudo mount -t tmpfs none /mnt
                # expect: SH052
                RUN sh -c 'vim /etc/hosts'
                # expect: SH052
                RUN ["ssh", "host", "true"]
                # expect: SH052
                ONBUILD RUN shutdown -h now
                """);
        assertThat(f.get(0).location().text()).isEqualTo("service");
        assertThat(f.get(0).message()).contains("ENTRYPOINT");
    }

    @Test
    void legitimateUsesPass() {
        tester.check("""
                FROM debian:12
                RUN --mount=type=ssh ssh -o StrictHostKeyChecking=no git@github.com true
                RUN vim +PlugInstall +qall && vim -es -c 'set ff=unix' -c wq file
                RUN apt-get install -y procps vim openssh-client && ssh-keygen -A && pkill -0 x || true
                RUN echo service ps kill top
                RUN (server --port 80 &) ; sleep 5 && kill $(cat /tmp/server.pid)
                RUN server & sleep 5 && curl -f localhost && kill %1 && ps aux
                """);
    }
}
