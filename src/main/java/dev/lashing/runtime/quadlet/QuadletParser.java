package dev.lashing.runtime.quadlet;

import dev.lashing.core.InputError;
import dev.lashing.core.Location;
import dev.lashing.core.SourceFile;
import dev.lashing.core.TextRange;
import dev.lashing.runtime.docker.CommandArg;
import dev.lashing.runtime.docker.RunDialect;
import dev.lashing.runtime.docker.RunFlagReader;
import dev.lashing.runtime.docker.RunSpecWriter;
import dev.lashing.runtime.model.ContainerRole;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Loaded;
import dev.lashing.runtime.model.RestartPolicy;
import dev.lashing.runtime.model.SourceKind;
import dev.lashing.runtime.model.Sourced;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads a Podman Quadlet {@code .container} unit into one {@link ContainerSpec} of kind {@link SourceKind#QUADLET}.
 * The {@code [Container]} keys are translated into {@code podman run} flags as Quadlet translates them and read
 * by the same writer as {@code podman run} command lines ({@code PodmanArgs=} words included); {@code [Service]}
 * {@code Restart=} gives the restart policy. Unknown {@code [Container]} keys are errors, as Quadlet refuses
 * them. Values are located in the unit file; defaults at the {@code [Container]} header.
 */
public final class QuadletParser {
    private static final Set<String> TRUE = Set.of("1", "yes", "y", "true", "t", "on");
    private static final Set<String> FALSE = Set.of("0", "no", "n", "false", "f", "off");
    private static final Set<String> RESTART_ON_FAILURE = Set.of("on-failure", "on-abnormal", "on-abort",
            "on-watchdog");

    private final SourceFile file;
    private final List<InputError> errors;
    private final RunSpecWriter writer;
    private final Map<String, UnitFile.Entry> last = new HashMap<>();
    private final List<CommandArg> podmanArgs = new ArrayList<>();
    private final List<CommandArg> globalArgs = new ArrayList<>();

    private QuadletParser(SourceFile file, List<InputError> errors, RunSpecWriter writer) {
        this.file = file;
        this.errors = errors;
        this.writer = writer;
    }

    /** Reads a unit; env files are left unread. */
    public static Loaded parse(SourceFile file) {
        return parse(file, Optional.empty());
    }

    /**
     * Reads a unit.
     *
     * @param envFileBase the directory {@code EnvironmentFile=} paths are relative to (the unit's own directory,
     *     as Quadlet resolves them); empty to leave env files unread
     */
    public static Loaded parse(SourceFile file, Optional<Path> envFileBase) {
        List<InputError> errors = new ArrayList<>();
        UnitFile unit = UnitFile.parse(file);
        for (UnitFile.Problem p : unit.problems()) {
            errors.add(InputError.at(file.location(p.range()), p.message()));
        }
        Optional<UnitFile.Section> section = unit.sections().stream().filter(s -> s.name().equals("Container"))
                .findFirst();
        if (section.isEmpty()) {
            errors.add(InputError.at(file.location(TextRange.at(0)),
                    "no [Container] section: not a Quadlet container unit"));
            return new Loaded(List.of(file), List.of(), errors);
        }
        String name = file.path().substring(file.path().lastIndexOf('/') + 1);
        ContainerSpec.Builder spec = ContainerSpec.builder(name, SourceKind.QUADLET,
                file.location(section.get().range()));
        RunSpecWriter writer = new RunSpecWriter(spec, errors, RunDialect.PODMAN, envFileBase);
        QuadletParser parser = new QuadletParser(file, errors, writer);
        for (UnitFile.Entry e : withResets(unit.entries())) {
            if (e.section().equals("Container")) {
                parser.container(e);
            } else if (e.section().equals("Service") && e.key().equals("Restart")) {
                parser.restart(spec, e);
            } else if (e.section().equals("Service") && e.key().equals("Type")) {
                parser.type(spec, e);
            }
        }
        parser.finish(spec);
        List<SourceFile> sources = new ArrayList<>();
        sources.add(file);
        sources.addAll(writer.envSources());
        return new Loaded(sources, List.of(spec.build()), errors);
    }

    /** The entries left after systemd's list resets: an empty value drops the earlier values of its key. */
    private static List<UnitFile.Entry> withResets(List<UnitFile.Entry> entries) {
        Map<String, Integer> lastEmpty = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            UnitFile.Entry e = entries.get(i);
            if (e.value().text().isEmpty()) {
                lastEmpty.put(e.section() + "\0" + e.key(), i);
            }
        }
        List<UnitFile.Entry> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            UnitFile.Entry e = entries.get(i);
            if (i > lastEmpty.getOrDefault(e.section() + "\0" + e.key(), -1)) {
                out.add(e);
            }
        }
        return out;
    }

    private Location at(TextRange range) {
        return file.location(range);
    }

    private String text(UnitFile.Entry e) {
        return file.text().substring(e.range().start(), e.range().end());
    }

    private void error(TextRange range, String message) {
        errors.add(InputError.at(at(range), message));
    }

    private void container(UnitFile.Entry e) {
        Optional<QuadletKeys.Key> key = QuadletKeys.container(e.key());
        if (key.isEmpty()) {
            error(e.keyRange(), "unknown key " + e.key() + " in [Container]; Quadlet refuses the unit");
            return;
        }
        QuadletKeys.Key k = key.get();
        switch (k.mode()) {
            case ONE -> flag(k.flag(), e, k.prefix(), SystemdWords.whole(e.value()), at(e.range()), text(e));
            case WORDS -> {
                for (CommandArg w : SystemdWords.split(e.value())) {
                    flag(k.flag(), e, k.prefix(), w, at(w.range()), e.key() + "=" + w.value());
                }
            }
            case BOOL -> bool(e).ifPresent(b -> flag(k.flag(), e, "", CommandArg.literal(b.toString(), e.range()),
                    at(e.range()), text(e)));
            case SPECIAL -> special(e);
            case ACCEPTED -> {
            }
        }
    }

    private void flag(String flag, UnitFile.Entry e, String prefix, CommandArg word, Location where, String text) {
        int expansion = word.expansionAt() < 0 ? -1 : prefix.length() + word.expansionAt();
        writer.apply(flag, e.key(), prefix + word.value(), expansion, where, text);
    }

    private Optional<Boolean> bool(UnitFile.Entry e) {
        String v = e.value().text().toLowerCase(Locale.ROOT);
        if (TRUE.contains(v)) {
            return Optional.of(true);
        }
        if (FALSE.contains(v)) {
            return Optional.of(false);
        }
        error(e.range(), e.key() + ": invalid boolean \"" + e.value().text() + "\"");
        return Optional.empty();
    }

    private void special(UnitFile.Entry e) {
        switch (e.key()) {
            case "Image", "Rootfs", "Exec", "User", "Group" -> last.put(e.key(), e);
            case "Environment" -> {
                for (CommandArg w : SystemdWords.split(e.value())) {
                    if (w.value().indexOf('=') <= 0) {
                        error(w.range(), "Environment: \"" + w.value() + "\" is not a NAME=value assignment");
                    } else {
                        flag("env", e, "", w, at(w.range()), "Environment=" + w.value());
                    }
                }
            }
            case "AddDevice" -> {
                for (CommandArg w : SystemdWords.split(e.value())) {
                    boolean optional = w.value().startsWith("-");
                    CommandArg device = optional ? new CommandArg(w.value().substring(1), w.range(),
                            w.expansionAt() - 1) : w;
                    flag("device", e, "", device, at(w.range()), "AddDevice=" + w.value());
                }
            }
            case "NoNewPrivileges" -> bool(e).ifPresent(b -> flag("security-opt", e, "no-new-privileges=",
                    CommandArg.literal(b.toString(), e.range()), at(e.range()), text(e)));
            case "SecurityLabelDisable" -> bool(e).filter(b -> b).ifPresent(b -> flag("security-opt", e, "",
                    CommandArg.literal("label=disable", e.range()), at(e.range()), text(e)));
            case "SecurityLabelNested" -> bool(e).filter(b -> b).ifPresent(b -> flag("security-opt", e, "",
                    CommandArg.literal("label=nested", e.range()), at(e.range()), text(e)));
            case "VolatileTmp" -> bool(e).filter(b -> b).ifPresent(b -> flag("tmpfs", e, "",
                    CommandArg.literal("/tmp:rw,size=512M,mode=1777", e.range()), at(e.range()), text(e)));
            case "StartWithPod" -> bool(e);
            case "Notify" -> {
                if (!e.value().text().equalsIgnoreCase("healthy")) {
                    bool(e);
                }
            }
            case "Pod" -> {
                if (!e.value().text().endsWith(".pod")) {
                    error(e.range(), "Pod: \"" + e.value().text() + "\" is not a Quadlet .pod unit");
                }
            }
            case "RemapUsers" -> {
                String v = e.value().text();
                if (v.equals("auto") || v.equals("keep-id")) {
                    flag("userns", e, "", SystemdWords.whole(e.value()), at(e.range()), text(e));
                } else if (!v.equals("manual")) {
                    error(e.range(), "RemapUsers: unsupported value \"" + v + "\"");
                }
            }
            case "PodmanArgs" -> podmanArgs.addAll(SystemdWords.split(e.value()));
            case "GlobalArgs" -> globalArgs.addAll(SystemdWords.split(e.value()));
            default -> throw new IllegalStateException(e.key());
        }
    }

    /** {@code [Service] Type=oneshot} runs the container to completion: a job. The last {@code Type=} wins. */
    private void type(ContainerSpec.Builder spec, UnitFile.Entry e) {
        spec.role = e.value().text().strip().equals("oneshot")
                ? Sourced.explicit(ContainerRole.JOB, at(e.range()), text(e))
                : Sourced.defaulted(ContainerRole.SERVICE, spec.declaredAt());
    }

    private void restart(ContainerSpec.Builder spec, UnitFile.Entry e) {
        String v = e.value().text();
        String name;
        if (v.equals("no") || v.equals("always")) {
            name = v;
        } else if (RESTART_ON_FAILURE.contains(v)) {
            name = "on-failure";
        } else if (v.equals("on-success")) {
            name = "always";
        } else {
            error(e.range(), "Restart: invalid restart policy \"" + v + "\"");
            return;
        }
        spec.restart = Sourced.explicit(new RestartPolicy(name, OptionalInt.empty()), at(e.range()), text(e));
    }

    private void finish(ContainerSpec.Builder spec) {
        UnitFile.Entry user = last.get("User");
        UnitFile.Entry group = last.get("Group");
        if (group != null && user == null) {
            error(group.range(), "Group= is set without User=; Quadlet refuses the unit");
        } else if (user != null) {
            CommandArg u = SystemdWords.whole(user.value());
            String value = u.value();
            int expansion = u.expansionAt();
            if (group != null) {
                CommandArg g = SystemdWords.whole(group.value());
                if (expansion < 0 && g.expansionAt() >= 0) {
                    expansion = value.length() + 1 + g.expansionAt();
                }
                value = value + ":" + g.value();
            }
            writer.apply("user", "User", value, expansion, at(user.range()), text(user));
        }
        UnitFile.Entry image = last.get("Image");
        UnitFile.Entry rootfs = last.get("Rootfs");
        if (image != null && rootfs != null) {
            error(rootfs.range(), "Image= and Rootfs= cannot both be set");
        }
        UnitFile.Entry source = image != null ? image : rootfs;
        if (source == null) {
            error(spec.declaredAt().range(), "no Image= or Rootfs= key: Quadlet needs one");
        } else {
            CommandArg i = SystemdWords.whole(source.value());
            writer.image(i.value(), i.unresolved(), at(source.range()), text(source));
        }
        UnitFile.Entry exec = last.get("Exec");
        if (exec != null) {
            List<CommandArg> words = SystemdWords.split(exec.value());
            writer.arguments(words.stream().map(CommandArg::value).toList(),
                    words.stream().anyMatch(CommandArg::unresolved), at(exec.range()), text(exec));
        }
        if (!globalArgs.isEmpty()) {
            int end = RunFlagReader.readGlobal(globalArgs, 0, file, RunDialect.PODMAN, errors);
            if (end < globalArgs.size()) {
                error(globalArgs.get(end).range(), "GlobalArgs: \"" + globalArgs.get(end).value()
                        + "\" is not a global flag; podman would take it for the command");
            }
        }
        if (!podmanArgs.isEmpty()) {
            int end = RunFlagReader.read(podmanArgs, 0, file, writer, errors);
            if (end < podmanArgs.size()) {
                error(podmanArgs.get(end).range(), "PodmanArgs: \"" + podmanArgs.get(end).value()
                        + "\" is not a flag; podman would take it for the image");
            }
        }
        writer.finish();
    }
}
