package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.model.EffectiveUser;
import dev.lashing.dockerfile.model.Stage;
import dev.lashing.dockerfile.syntax.Expose;
import dev.lashing.dockerfile.syntax.Instruction;
import dev.lashing.dockerfile.syntax.Token;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;

/** The shipped image runs as a non-root user but exposes a port below 1024, which that user cannot bind. */
@Rule(
        id = "DF066",
        name = "privileged-port-non-root",
        summary = "EXPOSE of a port below 1024 in an image that runs as a non-root user",
        severity = Severity.INFO,
        practices = {"P42"},
        references = {"https://docs.docker.com/engine/network/#published-ports"})
public final class PrivilegedPortNonRoot implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        Stage last = context.model().finalStage().orElse(null);
        if (last == null || !(last.effectiveUser() instanceof EffectiveUser.Explicit user) || user.isRoot()
                || user.value().isEmpty()) {
            return;
        }
        for (Stage stage : context.model().shippedStages()) {
            for (Instruction i : stage.instructions()) {
                if (!(i instanceof Expose expose)) {
                    continue;
                }
                for (Token port : expose.ports()) {
                    String value = context.expand(expose, port.text()).resolvedValue().orElse("");
                    int low = lowPort(value);
                    if (low >= 0 && low < 1024) {
                        findings.report(port.range(), "port " + value + " is privileged (below 1024), and the "
                                + "image runs as " + user.value().get() + ", which cannot bind it without extra "
                                + "capabilities; listen on a port above 1023 and map it (-p 80:8080)");
                    }
                }
            }
        }
    }

    /** The first port of {@code 80}, {@code 80/tcp} or {@code 80-90/udp}; -1 when not a number. */
    static int lowPort(String spec) {
        String p = spec;
        int slash = p.indexOf('/');
        if (slash >= 0) {
            p = p.substring(0, slash);
        }
        int dash = p.indexOf('-');
        if (dash > 0) {
            p = p.substring(0, dash);
        }
        if (p.isEmpty() || p.length() > 6 || !p.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(p);
    }
}
