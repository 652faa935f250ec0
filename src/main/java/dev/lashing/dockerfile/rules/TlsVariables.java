package dev.lashing.dockerfile.rules;

import dev.lashing.rules.TlsSwitches;
import java.util.Optional;

/** Environment variables that switch off TLS verification, in ENV, ARG or inline in RUN. */
final class TlsVariables {
    private TlsVariables() {}

    /** Why {@code NAME=value} disables TLS verification, if it does. */
    static Optional<String> judge(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            return Optional.empty();
        }
        return judge(assignment.substring(0, eq), assignment.substring(eq + 1));
    }

    /** Why setting {@code name} to {@code value} disables TLS verification, if it does. */
    static Optional<String> judge(String name, String value) {
        return TlsSwitches.effect(name, value).map(e -> name + " switches off " + e
                + ": anyone on the network path can substitute what is downloaded; fix the CA trust store instead");
    }
}
