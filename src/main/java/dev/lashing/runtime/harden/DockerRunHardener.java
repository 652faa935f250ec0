package dev.lashing.runtime.harden;

import dev.lashing.core.TextRange;
import dev.lashing.runtime.docker.CommandArg;
import dev.lashing.runtime.docker.DockerRunParser;
import dev.lashing.runtime.docker.ShellWords;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Loaded;
import dev.lashing.runtime.model.Sourced;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Hardens a {@code docker run} (or {@code podman run}, {@code docker create}) command line: the original words,
 * as written, with the settings to replace removed and the hardening flags inserted before the image; new words
 * are quoted for a POSIX shell. Line continuations are joined into one line.
 */
public final class DockerRunHardener {

    private DockerRunHardener() {
    }

    /** Hardens a command line written as shell text. */
    public static Hardened harden(String commandLine) {
        return harden(DockerRunParser.parse("command line", commandLine));
    }

    /** Hardens a command line given as an argument vector. */
    public static Hardened harden(List<String> argv) {
        return harden(DockerRunParser.parseArgs("command line", argv));
    }

    private static Hardened harden(Loaded loaded) {
        String text = loaded.sources().isEmpty() ? "" : loaded.sources().get(0).text();
        if (loaded.containers().isEmpty()) {
            return new Hardened(text, text, List.of(), loaded.errors());
        }
        ContainerSpec spec = loaded.containers().get(0);
        HardeningPlan plan = Hardening.plan(spec);
        List<String> notes = plan.notes().stream().map(n -> "docker run: " + n).toList();
        Optional<TextRange> imageAt = spec.image().isExplicit() ? spec.image().location().map(l -> l.range())
                : Optional.empty();
        if (plan.isEmpty() || imageAt.isEmpty()) {
            return new Hardened(text, text, imageAt.isEmpty() && !plan.isEmpty()
                    ? List.of("docker run: no image found: nothing changed") : notes, loaded.errors());
        }
        List<TextRange> removed = new ArrayList<>();
        for (Action a : plan.actions()) {
            Sourced<?> replaced = replacedBy(spec, a);
            if (replaced != null && replaced.isExplicit()) {
                replaced.location().ifPresent(l -> removed.add(l.range()));
            }
        }
        List<String> out = new ArrayList<>();
        boolean inserted = false;
        for (CommandArg w : ShellWords.split(text).words()) {
            if (!inserted && w.range().start() >= imageAt.get().start()) {
                out.addAll(flags(plan).stream().map(DockerRunHardener::quote).toList());
                inserted = true;
            }
            if (inserted || removed.stream().noneMatch(r -> r.contains(w.range()))) {
                out.add(text.substring(w.range().start(), w.range().end()));
            }
        }
        return new Hardened(text, String.join(" ", out), notes, loaded.errors());
    }

    /** The explicit setting an action replaces, or null when it only adds. */
    static Sourced<?> replacedBy(ContainerSpec spec, Action a) {
        if (a instanceof Action.SetPrivilegedFalse) {
            return spec.privileged();
        } else if (a instanceof Action.NoNewPrivileges) {
            return spec.noNewPrivileges();
        } else if (a instanceof Action.ReadOnlyRoot) {
            return spec.readOnlyRootFilesystem();
        } else if (a instanceof Action.MemoryLimit) {
            return spec.memoryBytes();
        } else if (a instanceof Action.CpuLimit) {
            return spec.cpus();
        } else if (a instanceof Action.PidsLimit) {
            return spec.pidsLimit();
        } else if (a instanceof Action.NonRootUser) {
            return spec.user();
        }
        return null;
    }

    /** The flags that write the plan's actions. */
    static List<String> flags(HardeningPlan plan) {
        List<String> flags = new ArrayList<>();
        for (Action a : plan.actions()) {
            if (a instanceof Action.DropAllCapabilities) {
                flags.add("--cap-drop=ALL");
            } else if (a instanceof Action.AddCapability c) {
                flags.add("--cap-add=" + c.name());
            } else if (a instanceof Action.NoNewPrivileges) {
                flags.addAll(List.of("--security-opt", "no-new-privileges"));
            } else if (a instanceof Action.ReadOnlyRoot) {
                flags.add("--read-only");
            } else if (a instanceof Action.TmpfsMount t) {
                flags.addAll(List.of("--tmpfs", t.target() + ":" + t.options()));
            } else if (a instanceof Action.MemoryLimit m) {
                flags.addAll(List.of("--memory", Sizes.format(m.bytes())));
            } else if (a instanceof Action.CpuLimit c) {
                flags.addAll(List.of("--cpus", Sizes.cpus(c.cpus())));
            } else if (a instanceof Action.PidsLimit p) {
                flags.addAll(List.of("--pids-limit", Long.toString(p.pids())));
            } else if (a instanceof Action.NonRootUser u) {
                flags.addAll(List.of("--user", u.uid() + ":" + u.gid()));
            }
        }
        return flags;
    }

    /** {@code word} quoted for a POSIX shell when it holds anything but safe characters. */
    static String quote(String word) {
        if (!word.isEmpty() && word.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128
                || "_-./:=,@%+".indexOf(c) >= 0)) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
