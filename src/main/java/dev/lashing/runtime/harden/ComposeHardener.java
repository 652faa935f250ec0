package dev.lashing.runtime.harden;

import dev.lashing.core.InputError;
import dev.lashing.core.SourceFile;
import dev.lashing.core.fix.FixApplier;
import dev.lashing.runtime.compose.ComposeFiles;
import dev.lashing.runtime.compose.ComposeLoader;
import dev.lashing.runtime.compose.ComposeRequest;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Loaded;
import dev.lashing.runtime.yaml.YamlException;
import dev.lashing.runtime.yaml.YamlSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Hardens the services of one compose file by text edits on the file: settings are decided on the loaded
 * project (interpolated, merged, extended), and written into each service's own mapping, so comments, anchors
 * and layout survive. Keys a service inherits through a merge key or {@code extends} are overridden locally.
 */
public final class ComposeHardener {

    private ComposeHardener() {
    }

    /**
     * Hardens {@code path}.
     *
     * @param environment the variables used for interpolation (besides {@code .env})
     * @param service the one service to harden, or empty for all
     */
    public static Hardened harden(Path path, Map<String, String> environment, Optional<String> service) {
        return harden(path, environment, service, Waivers.NONE);
    }

    /** Hardens {@code path}, leaving alone what {@code waivers} waive. */
    public static Hardened harden(Path path, Map<String, String> environment, Optional<String> service,
            Waivers waivers) {
        Path base = path.toAbsolutePath().getParent();
        Loaded loaded = new ComposeLoader(ComposeFiles.disk(base))
                .load(ComposeRequest.of(path).withEnvironment(environment));
        String text;
        try {
            text = Files.readString(path);
        } catch (java.io.IOException | RuntimeException e) {
            return new Hardened("", "", List.of(), loaded.errors());
        }
        SourceFile file = new SourceFile(path.toString(), text);
        YamlSource yaml = new YamlSource(file);
        List<Node> documents;
        try {
            documents = yaml.documents();
        } catch (YamlException e) {
            return new Hardened(text, text, List.of(), List.of(e.error()));
        }
        List<InputError> errors = new ArrayList<>(loaded.errors());
        List<String> notes = new ArrayList<>();
        YamlEditor editor = new YamlEditor(yaml, documents);
        Optional<MappingNode> services = documents.isEmpty() || !(documents.get(0) instanceof MappingNode root)
                ? Optional.empty() : editor.get(root, List.of("services")).filter(MappingNode.class::isInstance)
                        .map(MappingNode.class::cast);
        for (ContainerSpec spec : loaded.containers()) {
            if (service.isPresent() && !service.get().equals(spec.name())) {
                continue;
            }
            Optional<MappingNode> mapping = services.flatMap(s -> editor.get(s, List.of(spec.name())))
                    .filter(MappingNode.class::isInstance).map(MappingNode.class::cast);
            HardeningPlan plan = Hardening.plan(spec, waivers);
            plan.notes().forEach(n -> notes.add(spec.name() + ": " + n));
            if (mapping.isEmpty()) {
                if (!plan.isEmpty()) {
                    notes.add(spec.name() + ": the service is not written as a mapping in " + path + ": not changed");
                }
                continue;
            }
            write(plan, mapping.get(), editor);
        }
        if (service.isPresent() && loaded.containers().stream().noneMatch(s -> s.name().equals(service.get()))) {
            errors.add(InputError.at(file.location(dev.lashing.core.TextRange.at(0)), "no service named " + service.get()));
        }
        editor.skipped().forEach(k -> notes.add(k + " is written through an alias or in an unexpected shape: not "
                + "changed; harden it where it is written"));
        String out = FixApplier.splice(text, editor.edits());
        return new Hardened(text, out, notes, errors);
    }

    private static void write(HardeningPlan plan, MappingNode m, YamlEditor e) {
        ContainerSpec spec = plan.spec();
        for (Action a : plan.actions()) {
            if (a instanceof Action.SetPrivilegedFalse) {
                e.set(m, List.of("privileged"), "false");
            } else if (a instanceof Action.DropAllCapabilities) {
                e.append(m, List.of("cap_drop"), "ALL", List.of("ALL"), v -> v.strip().equalsIgnoreCase("ALL"));
            } else if (a instanceof Action.AddCapability c) {
                List<String> keep = plan.find(Action.DropAllCapabilities.class).map(Action.DropAllCapabilities::keep)
                        .orElse(List.of(c.name()));
                e.append(m, List.of("cap_add"), c.name(), keep, v -> false);
            } else if (a instanceof Action.NoNewPrivileges) {
                e.append(m, List.of("security_opt"), "no-new-privileges:true", List.of("no-new-privileges:true"),
                        v -> v.strip().toLowerCase(Locale.ROOT).startsWith("no-new-privileges"));
            } else if (a instanceof Action.ReadOnlyRoot) {
                e.set(m, List.of("read_only"), "true");
            } else if (a instanceof Action.TmpfsMount t) {
                String item = "\"" + t.target() + ":" + t.options() + "\"";
                e.append(m, List.of("tmpfs"), item, List.of(item), v -> false);
            } else if (a instanceof Action.MemoryLimit l) {
                e.set(m, limitPath(e, m, "memory", "mem_limit"), Sizes.format(l.bytes()));
            } else if (a instanceof Action.CpuLimit c) {
                e.set(m, limitPath(e, m, "cpus", "cpus"), Sizes.cpus(c.cpus()));
            } else if (a instanceof Action.PidsLimit p) {
                e.set(m, limitPath(e, m, "pids", "pids_limit"), Long.toString(p.pids()));
            } else if (a instanceof Action.NonRootUser u) {
                e.set(m, List.of("user"), "\"" + u.uid() + ":" + u.gid() + "\"");
            } else if (a instanceof Action.NonRootGroup g) {
                e.set(m, List.of("user"), "\"" + writtenUid(e, m, g.uid()) + ":" + g.gid() + "\"");
            }
        }
    }

    /**
     * The user part of {@code user:} as written ({@code ${AIRFLOW_UID:-50000}} stays a variable), or {@code uid}
     * when it cannot be kept as text.
     */
    private static String writtenUid(YamlEditor e, MappingNode m, long uid) {
        return e.scalar(m, "user").filter(u -> u.lastIndexOf(':') > 0).map(u -> u.substring(0, u.lastIndexOf(':')))
                .filter(u -> u.indexOf('"') < 0 && u.indexOf('\\') < 0).orElse(Long.toString(uid));
    }

    /** Where a limit is written: under {@code deploy.resources.limits} when the service writes it there. */
    private static List<String> limitPath(YamlEditor e, MappingNode m, String deployKey, String serviceKey) {
        List<String> deploy = List.of("deploy", "resources", "limits", deployKey);
        return e.get(m, deploy).isPresent() ? deploy : List.of(serviceKey);
    }
}
