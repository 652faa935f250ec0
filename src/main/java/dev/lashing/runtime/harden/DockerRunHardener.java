package dev.lashing.runtime.harden;

import dev.lashing.core.TextRange;
import dev.lashing.core.fix.Edit;
import dev.lashing.core.fix.FixApplier;
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
 * are quoted for a POSIX shell. The layout stays: when the image starts a continued line, each new flag gets a
 * continued line of its own at the image's indentation, and a replaced flag that had a line of its own loses it.
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
        Edit insert = insertion(text, imageAt.get().start(), flags(plan));
        List<Edit> edits = new ArrayList<>();
        TextRange run = null;
        for (CommandArg w : ShellWords.split(text).words()) {
            if (w.range().start() >= imageAt.get().start()) {
                break;
            }
            if (removed.stream().anyMatch(r -> r.contains(w.range()))) {
                run = run == null ? w.range() : run.union(w.range());
            } else if (run != null) {
                edits.add(Edit.delete(deletion(text, run, insert.range().start())));
                run = null;
            }
        }
        if (run != null) {
            edits.add(Edit.delete(deletion(text, run, insert.range().start())));
        }
        edits.add(insert);
        edits.sort(null);
        return new Hardened(text, FixApplier.splice(text, edits), notes, loaded.errors());
    }

    /**
     * The text to delete for the words in {@code words}: their whole line when they stand alone on a continued
     * line, else the words and the blanks after them (or before them, at the end of a line); never past
     * {@code limit}, where the new flags go.
     */
    static TextRange deletion(String text, TextRange words, int limit) {
        int lineStart = text.lastIndexOf('\n', words.start() - 1) + 1;
        int end = words.end();
        while (end < limit && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        boolean continued = end + 2 <= limit && text.charAt(end) == '\\' && text.charAt(end + 1) == '\n';
        if (lineStart > 0 && text.substring(lineStart, words.start()).isBlank() && continued) {
            return new TextRange(lineStart, end + 2);
        }
        if (end < text.length() && text.charAt(end) != '\\' && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            return new TextRange(words.start(), end);
        }
        int start = words.start();
        while (start > lineStart && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t')) {
            start--;
        }
        return new TextRange(start, Math.max(start, Math.min(words.end(), limit)));
    }

    /**
     * Inserts the flag groups before the image: each on its own continued line, indented like the image, when the
     * image starts a continued line; else on the image's line.
     */
    static Edit insertion(String text, int image, List<List<String>> groups) {
        List<String> written = groups.stream()
                .map(g -> String.join(" ", g.stream().map(DockerRunHardener::quote).toList())).toList();
        int lineStart = text.lastIndexOf('\n', image - 1) + 1;
        String indent = text.substring(lineStart, image);
        boolean ownLine = lineStart > 1 && indent.isBlank() && text.charAt(lineStart - 2) == '\\';
        if (ownLine) {
            StringBuilder b = new StringBuilder();
            written.forEach(g -> b.append(indent).append(g).append(" \\\n"));
            return Edit.insert(lineStart, b.toString());
        }
        return Edit.insert(image, String.join(" ", written) + " ");
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
        } else if (a instanceof Action.NonRootUser || a instanceof Action.NonRootGroup) {
            return spec.user();
        }
        return null;
    }

    /** The flags that write the plan's actions, one group (a flag and its value) per list. */
    static List<List<String>> flags(HardeningPlan plan) {
        List<List<String>> flags = new ArrayList<>();
        for (Action a : plan.actions()) {
            if (a instanceof Action.DropAllCapabilities) {
                flags.add(List.of("--cap-drop=ALL"));
            } else if (a instanceof Action.AddCapability c) {
                flags.add(List.of("--cap-add=" + c.name()));
            } else if (a instanceof Action.NoNewPrivileges) {
                flags.add(List.of("--security-opt", "no-new-privileges"));
            } else if (a instanceof Action.ReadOnlyRoot) {
                flags.add(List.of("--read-only"));
            } else if (a instanceof Action.TmpfsMount t) {
                flags.add(List.of("--tmpfs", t.target() + ":" + t.options()));
            } else if (a instanceof Action.MemoryLimit m) {
                flags.add(List.of("--memory", Sizes.format(m.bytes())));
            } else if (a instanceof Action.CpuLimit c) {
                flags.add(List.of("--cpus", Sizes.cpus(c.cpus())));
            } else if (a instanceof Action.PidsLimit p) {
                flags.add(List.of("--pids-limit", Long.toString(p.pids())));
            } else if (a instanceof Action.NonRootUser u) {
                flags.add(List.of("--user", u.uid() + ":" + u.gid()));
            } else if (a instanceof Action.NonRootGroup g) {
                flags.add(List.of("--user", g.uid() + ":" + g.gid()));
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
