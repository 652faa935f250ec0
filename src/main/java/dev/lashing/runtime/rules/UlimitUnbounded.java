package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Sourced;
import dev.lashing.runtime.model.Ulimit;
import java.util.Map;

/** A nofile or nproc ulimit is unlimited or so high that it bounds nothing. */
@Rule(
        id = "RT013",
        name = "container-ulimit-unbounded",
        summary = "nofile or nproc ulimit set to unlimited or to a value that bounds nothing",
        severity = Severity.WARNING,
        practices = {"P51"},
        aliases = {"CIS-DOCKER-5.19"},
        references = {"CWE-770", "https://docs.docker.com/reference/cli/docker/container/run/#ulimit"})
public final class UlimitUnbounded implements RuntimeRule {
    /** Above these, a limit is "very high": more than any ordinary service uses (2^20 files, 2^16 processes). */
    static final Map<String, Long> VERY_HIGH = Map.of("nofile", 1L << 20, "nproc", 1L << 16);

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        for (Sourced<Ulimit> u : spec.ulimits()) {
            if (u.isUnresolved() || !VERY_HIGH.containsKey(u.value().name())) {
                continue;
            }
            Ulimit l = u.value();
            long max = VERY_HIGH.get(l.name());
            String what = l.name().equals("nofile") ? "open files" : "processes";
            String advice = "; set a bound the application needs (e.g. "
                    + Spelling.of(spec.kind()).ulimit(l.name(), l.name().equals("nofile") ? 1024 : 512,
                            l.name().equals("nofile") ? 65536 : 1024) + ")";
            if (l.soft() < 0 || l.hard() < 0) {
                findings.report(u, "the " + l.name() + " ulimit (" + Spelling.written(u, l.name()) + ") is unlimited: "
                        + "the container may use as many " + what + " as the kernel allows, exhausting them for the "
                        + "host" + advice);
            } else if (l.hard() > max || l.soft() > max) {
                findings.report(u, "the " + l.name() + " ulimit (" + Spelling.written(u, l.name()) + ") allows more "
                        + "than " + max + " " + what + ", which bounds nothing in practice" + advice, Severity.INFO);
            }
        }
    }
}
