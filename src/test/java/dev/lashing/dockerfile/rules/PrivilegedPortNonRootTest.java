package dev.lashing.dockerfile.rules;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class PrivilegedPortNonRootTest {
    private final RuleTester tester = RuleTester.of(PrivilegedPortNonRoot.class);

    @Test
    void lowPortsWithNonRootUserAreFlagged() {
        tester.check("""
                FROM nginx:1.27
                # expect: DF066, DF066
                EXPOSE 80 443/tcp 8080
                USER 10001
                """);
    }

    @Test
    void highPortsRootOrUnknownUsersPass() {
        tester.check("""
                FROM nginx:1.27
                EXPOSE 8080 8443/tcp
                USER 10001
                """);
        tester.check("""
                FROM nginx:1.27
                EXPOSE 80
                """);
        tester.check("""
                FROM nginx:1.27
                ARG APP_USER
                EXPOSE 80
                USER ${APP_USER}
                """);
    }
}
