package dev.lashing.runtime.harden;

import dev.lashing.core.SourceFile;
import dev.lashing.core.TextRange;
import dev.lashing.core.fix.Edit;
import dev.lashing.core.fix.FixApplier;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Loaded;
import dev.lashing.runtime.model.Sourced;
import dev.lashing.runtime.quadlet.QuadletParser;
import dev.lashing.runtime.quadlet.UnitFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Hardens a Podman Quadlet {@code .container} unit by text edits: a key the unit already sets
 * ({@code ReadOnly=false}, {@code User=root}) is rewritten on its own line, and new keys are added after the
 * last key of {@code [Container]}, so comments and the other sections stay as written. Quadlet has no key for a
 * CPU limit: it goes into a {@code PodmanArgs=} line. A setting made in {@code PodmanArgs=} is not edited
 * (Podman reads those flags last, so a key could not override it): a note says where to change it.
 */
public final class QuadletHardener {

    private QuadletHardener() {
    }

    /** Hardens the unit {@code file}. */
    public static Hardened harden(SourceFile file) {
        return harden(file, Waivers.NONE);
    }

    /** Hardens the unit {@code file}, leaving alone what {@code waivers} waive. */
    public static Hardened harden(SourceFile file, Waivers waivers) {
        Loaded loaded = QuadletParser.parse(file);
        String text = file.text();
        if (loaded.containers().isEmpty()) {
            return new Hardened(text, text, List.of(), loaded.errors());
        }
        ContainerSpec spec = loaded.containers().get(0);
        HardeningPlan plan = Hardening.plan(spec, waivers);
        List<String> notes = new ArrayList<>();
        plan.notes().forEach(n -> notes.add(spec.name() + ": " + n));
        UnitFile unit = UnitFile.parse(file);
        List<UnitFile.Entry> container = unit.entries().stream().filter(e -> e.section().equals("Container")).toList();
        int insertAt = container.isEmpty()
                ? unit.sections().stream().filter(s -> s.name().equals("Container")).findFirst()
                        .map(s -> s.range().end()).orElse(text.length())
                : container.get(container.size() - 1).range().end();
        List<Edit> edits = new ArrayList<>();
        StringBuilder added = new StringBuilder();
        for (Action a : plan.actions()) {
            Sourced<?> replaced = DockerRunHardener.replacedBy(spec, a);
            Optional<UnitFile.Entry> entry = replaced == null || !replaced.isExplicit() ? Optional.empty()
                    : replaced.location().flatMap(l -> entryAt(container, l.range()));
            if (entry.isPresent() && isArgs(entry.get().key())) {
                notes.add(spec.name() + ": " + entry.get().key() + "= sets what harden would change ("
                        + replaced.text().strip() + "): change it there");
                continue;
            }
            List<String> lines = lines(a);
            if (lines.isEmpty()) {
                if (a instanceof Action.SetPrivilegedFalse) {
                    notes.add(spec.name() + ": privileged mode is set where harden cannot remove it: remove it");
                }
                continue;
            }
            if (entry.isPresent() && entry.get().key().equals(key(lines.get(0)))) {
                edits.add(Edit.replace(entry.get().range(), lines.get(0)));
                lines = lines.subList(1, lines.size());
            }
            if (a instanceof Action.NonRootUser || a instanceof Action.NonRootGroup) {
                lines = replaceGroup(container, lines, edits);
            }
            for (String line : lines) {
                added.append('\n').append(line);
            }
        }
        if (added.length() > 0) {
            edits.add(Edit.insert(insertAt, added.toString()));
        }
        edits.sort(null);
        return new Hardened(text, FixApplier.splice(text, edits), notes, loaded.errors());
    }

    /** The unit lines that write an action; empty for actions Quadlet cannot write. */
    static List<String> lines(Action a) {
        if (a instanceof Action.DropAllCapabilities) {
            return List.of("DropCapability=all");
        } else if (a instanceof Action.AddCapability c) {
            return List.of("AddCapability=" + c.name());
        } else if (a instanceof Action.NoNewPrivileges) {
            return List.of("NoNewPrivileges=true");
        } else if (a instanceof Action.ReadOnlyRoot) {
            return List.of("ReadOnly=true");
        } else if (a instanceof Action.TmpfsMount t) {
            return List.of("Tmpfs=" + t.target() + ":" + t.options());
        } else if (a instanceof Action.MemoryLimit m) {
            return List.of("Memory=" + Sizes.format(m.bytes()));
        } else if (a instanceof Action.CpuLimit c) {
            return List.of("PodmanArgs=--cpus=" + Sizes.cpus(c.cpus()));
        } else if (a instanceof Action.PidsLimit p) {
            return List.of("PidsLimit=" + p.pids());
        } else if (a instanceof Action.NonRootUser u) {
            return List.of("User=" + u.uid(), "Group=" + u.gid());
        } else if (a instanceof Action.NonRootGroup g) {
            return List.of("Group=" + g.gid());
        }
        return List.of();
    }

    /** The {@code Group=} line replaces the unit's own one when it has one. */
    private static List<String> replaceGroup(List<UnitFile.Entry> container, List<String> lines, List<Edit> edits) {
        List<String> rest = new ArrayList<>();
        for (String line : lines) {
            Optional<UnitFile.Entry> group = line.startsWith("Group=") ? container.stream()
                    .filter(e -> e.key().equals("Group")).reduce((first, second) -> second) : Optional.empty();
            if (group.isPresent()) {
                edits.add(Edit.replace(group.get().range(), line));
            } else {
                rest.add(line);
            }
        }
        return rest;
    }

    private static Optional<UnitFile.Entry> entryAt(List<UnitFile.Entry> entries, TextRange range) {
        return entries.stream().filter(e -> e.range().contains(range)).findFirst();
    }

    private static boolean isArgs(String key) {
        return key.equals("PodmanArgs") || key.equals("GlobalArgs");
    }

    private static String key(String line) {
        return line.substring(0, line.indexOf('='));
    }
}
