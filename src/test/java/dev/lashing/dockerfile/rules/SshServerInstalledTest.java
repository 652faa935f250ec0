package dev.lashing.dockerfile.rules;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class SshServerInstalledTest {
    private final RuleTester tester = RuleTester.of(SshServerInstalled.class);

    @Test
    void sshServersAreFlagged() {
        tester.check("""
                FROM debian:12-slim
                # expect: SH082
                RUN apt-get update && apt-get install -y --no-install-recommends openssh-server
                # expect: SH082
                RUN apk add --no-cache openssh
                """);
    }

    @Test
    void clientsAndBuildStagesPass() {
        tester.check("""
                FROM debian:12 AS build
                RUN apt-get install -y openssh-server
                FROM debian:12-slim
                RUN apt-get install -y --no-install-recommends openssh-client
                RUN yum install -y openssh
                """);
    }
}
