package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.runtime.model.Sourced;
import java.util.Locale;

/** The shared logic of the rules on sharing a host namespace (network, PID, IPC, UTS, user). */
final class HostNamespace {
    private HostNamespace() {}

    /**
     * Reports {@code mode} when it is {@code host}: "the container shares the host's {@code what}
     * namespace (as written): {@code consequence}; {@code advice}". Unresolved written values are
     * reported at info level.
     */
    static void check(Sourced<String> mode, RuntimeFindingSink findings, String what, String spelled,
            String consequence, String advice, Severity severity) {
        if (Undecided.report(mode, findings, "whether the container shares the host's " + what + " namespace")) {
            return;
        }
        if (mode.value().strip().toLowerCase(Locale.ROOT).equals("host")) {
            findings.report(mode, "the container shares the host's " + what + " namespace ("
                    + Spelling.written(mode, spelled) + "): " + consequence + "; " + advice, severity);
        }
    }
}
