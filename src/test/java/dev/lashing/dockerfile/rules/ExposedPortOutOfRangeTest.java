package dev.lashing.dockerfile.rules;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ExposedPortOutOfRangeTest {
    private final RuleTester tester = RuleTester.of(ExposedPortOutOfRange.class);

    @Test
    void portsAndRangeEndsAbove65535AreFlagged() {
        tester.check("""
                FROM nginx:1.27
                # expect: DF017
                EXPOSE 80800
                # expect: DF017
                EXPOSE 8000-70000/udp
                ARG PORT=99999
                # expect: DF017
                EXPOSE ${PORT}/tcp
                # expect: DF017
                ONBUILD EXPOSE 123456
                """);
    }

    @Test
    void wordsThatAreNotPortsAreFlagged() {
        tester.check("""
                FROM nginx:1.27
                # expect: DF017
                EXPOSE 80a
                # expect: DF017
                EXPOSE 8080:99999
                """);
    }

    @Test
    void validPortsAndUnknownVariablesAreFine() {
        tester.check("""
                FROM nginx:1.27
                EXPOSE 0 80 443/tcp 65535/udp 8000-8010/sctp 8080:80 127.0.0.1:99999:80
                EXPOSE $PORT
                ENV HTTP=8080
                EXPOSE ${HTTP}
                """);
    }
}
