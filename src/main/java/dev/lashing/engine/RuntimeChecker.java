package dev.lashing.engine;

import dev.lashing.core.Finding;
import dev.lashing.core.InputError;
import dev.lashing.core.Location;
import dev.lashing.core.RuleMeta;
import dev.lashing.core.Severity;
import dev.lashing.core.SourceFile;
import dev.lashing.registry.RegisteredRule;
import dev.lashing.rules.Settings;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Loaded;
import dev.lashing.runtime.model.Sourced;
import dev.lashing.runtime.rules.RuntimeFindingSink;
import dev.lashing.runtime.rules.RuntimeRule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the enabled run-time rules over the containers an adapter loaded, then applies configuration
 * (severities, per-path ignores) and inline suppressions (comments and Kubernetes annotations, see
 * {@link RuntimeSuppressions}), and masks every secret value the rules declared, in messages and in
 * the source text findings point into. A rule that throws becomes an input error, never a crash.
 */
public final class RuntimeChecker {
    /** Secrets shorter than this are not masked: they would mask ordinary text everywhere. */
    private static final int MIN_SECRET_LENGTH = 3;

    private final LintOptions options;

    /**
     * The outcome of checking one loaded input.
     *
     * @param findings the findings, sorted by file, position and rule id
     * @param errors the adapter's errors, then internal errors of rules
     * @param suppressed how many findings inline suppressions silenced
     */
    public record RuntimeResult(List<Finding> findings, List<InputError> errors, int suppressed) {

        /** Copies the lists. */
        public RuntimeResult {
            findings = List.copyOf(findings);
            errors = List.copyOf(errors);
        }

        /** A result without suppressed findings. */
        public RuntimeResult(List<Finding> findings, List<InputError> errors) {
            this(findings, errors, 0);
        }
    }

    /** Creates a checker; the enabled run-time rules, severities, ignores and settings come from {@code options}. */
    public RuntimeChecker(LintOptions options) {
        this.options = options;
    }

    /** Checks every container of {@code loaded}. */
    public RuntimeResult check(Loaded loaded) {
        Run run = new Run();
        List<InputError> errors = new ArrayList<>();
        for (ContainerSpec spec : loaded.containers()) {
            for (RegisteredRule rule : options.enabled()) {
                if (rule.implementation() instanceof RuntimeRule rr) {
                    try {
                        rr.check(spec, run.sink(rule.meta(), spec));
                    } catch (RuntimeException | StackOverflowError e) {
                        errors.add(InputError.at(spec.declaredAt(), "internal error in rule " + rule.meta().id()
                                + " (" + rule.meta().name() + ") on " + spec.name() + ": " + e + "; please report it"));
                    }
                }
            }
        }
        List<InputError> all = new ArrayList<>();
        for (InputError e : loaded.errors()) {
            all.add(run.masked(e));
        }
        for (InputError e : errors) {
            all.add(run.masked(e));
        }
        List<Finding> findings = run.materialise(loaded);
        return new RuntimeResult(findings, all, run.suppressed);
    }

    /** {@code text} with every secret replaced, keeping lengths so that offsets into it still hold. */
    public static String masked(String text, Collection<String> secrets) {
        return SecretMasking.masked(text, secrets.stream().filter(s -> s.length() >= MIN_SECRET_LENGTH).toList());
    }

    /** The findings of one check as rules report them, before masking. */
    private final class Run {
        private final Set<String> secrets = new LinkedHashSet<>();
        private final List<Pending> pending = new ArrayList<>();
        private final Map<SourceFile, SourceFile> maskedFiles = new IdentityHashMap<>();
        private int suppressed;

        private record Pending(RuleMeta rule, Severity severity, String message, Location location,
                Location declaredAt) implements RuntimeSuppressions.Item {
            @Override
            public String ruleId() {
                return rule.id();
            }

            /** Findings at the same place with the same message are one, whichever containers they were reported for. */
            List<Object> key() {
                return List.of(rule.id(), location.file().path(), location.range(), message);
            }
        }

        RuntimeFindingSink sink(RuleMeta meta, ContainerSpec spec) {
            Severity configured = options.severity().apply(meta);
            boolean overridden = configured != meta.severity();
            return new RuntimeFindingSink() {
                @Override
                public void report(Sourced<?> at, String message, Severity severity) {
                    Location where = at.location().orElse(spec.declaredAt());
                    if (options.ignoredForPath().test(where.file().path(), meta.id())) {
                        return;
                    }
                    pending.add(new Pending(meta, severity == null || overridden ? configured : severity, message,
                            where, spec.declaredAt()));
                }

                @Override
                public void mask(String secretValue) {
                    if (secretValue != null && secretValue.length() >= MIN_SECRET_LENGTH) {
                        secrets.add(secretValue);
                    }
                }

                @Override
                public Settings settings() {
                    return options.settings();
                }
            };
        }

        List<Finding> materialise(Loaded loaded) {
            List<Pending> kept = pending;
            List<Finding> meta = List.of();
            Set<List<Object>> silenced = new HashSet<>();
            if (options.inlineSuppressions()) {
                RuntimeSuppressions.Applied<Pending> applied = new RuntimeSuppressions(options).apply(loaded, pending);
                kept = pending.stream().filter(p -> !applied.suppressed().contains(p)).toList();
                applied.suppressed().forEach(p -> silenced.add(p.key()));
                meta = applied.meta();
            }
            List<Finding> out = new ArrayList<>();
            Set<List<Object>> seen = new HashSet<>();
            for (Pending p : kept) {
                // pod-level settings are resolved into every container of the pod: report each place once
                if (seen.add(p.key())) {
                    out.add(new Finding(p.rule, p.severity, RuntimeChecker.masked(p.message, secrets),
                            masked(p.location), Optional.empty()));
                }
            }
            silenced.removeAll(seen); // still reported for another container: not silenced
            suppressed = silenced.size();
            for (Finding f : meta) {
                // no fix: the run-time commands have no --fix, and a summary must not promise one
                out.add(new Finding(f.rule(), f.severity(), f.message(), masked(f.location()), Optional.empty()));
            }
            out.sort(Comparator.comparing((Finding f) -> f.location().file().path())
                    .thenComparing(f -> f.location().range()).thenComparing(f -> f.rule().id()));
            return out;
        }

        InputError masked(InputError e) {
            return new InputError(e.file(), RuntimeChecker.masked(e.message(), secrets), e.location().map(this::masked));
        }

        private Location masked(Location l) {
            if (secrets.isEmpty()) {
                return l;
            }
            SourceFile file = maskedFiles.computeIfAbsent(l.file(), f -> {
                String text = RuntimeChecker.masked(f.text(), secrets);
                return text.equals(f.text()) ? f : new SourceFile(f.path(), text);
            });
            return new Location(file, l.range());
        }
    }
}
