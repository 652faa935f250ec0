package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.syntax.Expose;
import dev.lashing.dockerfile.syntax.Token;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.List;
import java.util.Optional;

/** The shipped image exposes port 22 (SSH), which suggests an SSH server inside the container. */
@Rule(
        id = "DF027",
        name = "ssh-port-exposed",
        summary = "The image exposes port 22 (SSH)",
        severity = Severity.WARNING,
        practices = {"P15"},
        aliases = {"DS-0004", "DS004", "CKV_DOCKER_1"},
        references = {"CIS Docker Benchmark 5.7"})
public final class SshPortExposed implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (Expose expose : context.all(Expose.class)) {
            if (!context.isShipped(expose)) {
                continue;
            }
            for (Token token : expose.ports()) {
                Optional<String> value = context.expand(expose, token.text()).resolvedValue();
                if (value.isPresent() && includes22(value.get())) {
                    findings.report(token.range(), "EXPOSE " + value.get() + " publishes the SSH port: an SSH "
                            + "server in a container is one more service to attack and to keep patched; use "
                            + "docker exec (or kubectl exec) to get a shell, and remove sshd and this port");
                }
            }
        }
    }

    private static boolean includes22(String word) {
        int slash = word.indexOf('/');
        if (slash >= 0 && !word.substring(slash + 1).equalsIgnoreCase("tcp")) {
            return false;
        }
        List<String> ends = ExposedPortOutOfRange.ends(word);
        Optional<Long> low = ExposedPortOutOfRange.number(ends.get(0));
        Optional<Long> high = ExposedPortOutOfRange.number(ends.get(ends.size() - 1));
        return low.isPresent() && high.isPresent() && low.get() == 22 && high.get() == 22;
    }
}
