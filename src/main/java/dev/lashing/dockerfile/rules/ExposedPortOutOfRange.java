package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.syntax.Expose;
import dev.lashing.dockerfile.syntax.Token;
import dev.lashing.dockerfile.syntax.VariableExpander;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.List;
import java.util.Optional;

/** An EXPOSE port (or either end of a port range) that is not a number from 0 to 65535. */
@Rule(
        id = "DF017",
        name = "exposed-port-out-of-range",
        summary = "EXPOSE names a port outside 0-65535",
        severity = Severity.ERROR,
        practices = {"P26"},
        aliases = {"DL3011", "DS-0008", "DS008"},
        references = {"https://docs.docker.com/reference/dockerfile/#expose"})
public final class ExposedPortOutOfRange implements DockerfileRule {
    private static final long MAX_PORT = 65535;

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (Expose expose : context.all(Expose.class)) {
            for (Token token : expose.ports()) {
                VariableExpander.Expansion x = context.expand(expose, token.text());
                if (x.resolvedValue().isEmpty()) {
                    continue; // a port from a build argument: the build checks it
                }
                for (String end : ends(x.value())) {
                    Optional<Long> port = number(end);
                    if (port.isEmpty()) {
                        findings.report(token.range(), "EXPOSE " + x.value() + ": " + end + " is not a port number; "
                                + "the build fails; write port[-port][/tcp|udp|sctp]");
                        break;
                    }
                    if (port.get() > MAX_PORT) {
                        findings.report(token.range(), "EXPOSE " + x.value() + ": port " + end + " is above 65535, "
                                + "the highest TCP/UDP port; the build fails; use a port from 0 to 65535");
                        break;
                    }
                }
            }
        }
    }

    /**
     * The container port numbers of one EXPOSE word, as text: {@code 80}, {@code 80/tcp},
     * {@code 8000-8010/udp}; a host part ({@code 8080:80}), which Docker accepts and ignores, is skipped.
     */
    static List<String> ends(String word) {
        int slash = word.indexOf('/');
        String ports = slash < 0 ? word : word.substring(0, slash);
        ports = ports.substring(ports.lastIndexOf(':') + 1);
        int dash = ports.indexOf('-');
        return dash < 0 ? List.of(ports) : List.of(ports.substring(0, dash), ports.substring(dash + 1));
    }

    /** A decimal number of at most 10 digits, or empty. */
    static Optional<Long> number(String text) {
        if (text.isEmpty() || text.length() > 10 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(text));
    }
}
