package dev.lashing.runtime.harden;

import dev.lashing.core.InputError;
import dev.lashing.core.SourceFile;
import dev.lashing.core.TextRange;
import dev.lashing.core.fix.Edit;
import dev.lashing.core.fix.FixApplier;
import dev.lashing.runtime.kubernetes.KubernetesLoader;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Loaded;
import dev.lashing.runtime.yaml.YamlException;
import dev.lashing.runtime.yaml.YamlNodes;
import dev.lashing.runtime.yaml.YamlSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Hardens the workloads of a Kubernetes manifest by text edits: settings are decided on the loaded containers
 * (pod-level settings inherited), and written into each container's own {@code securityContext} and
 * {@code resources}, which override the pod's; a tmpfs becomes an in-memory {@code emptyDir} volume of the pod
 * mounted into the container, and {@code automountServiceAccountToken: false} goes into the pod spec. Comments,
 * anchors, document separators and layout survive. Ephemeral containers (added by {@code kubectl debug}) are
 * left alone.
 */
public final class KubernetesHardener {
    /** The in-memory emptyDir size that stands for the tmpfs size of {@link Hardening#TMPFS_OPTIONS}. */
    static final String EMPTY_DIR_SIZE = "64Mi";
    private static final Set<String> CONTAINER_LISTS = Set.of("containers", "initContainers", "ephemeralContainers");
    private static final int MAX_DEPTH = 64;

    private KubernetesHardener() {
    }

    /**
     * Hardens {@code file}.
     *
     * @param only the workload or container to harden ({@code api}, {@code Deployment/api}, or a container's name),
     *     or empty for all
     */
    public static Hardened harden(SourceFile file, Optional<String> only) {
        return harden(file, only, Waivers.NONE);
    }

    /** Hardens {@code file}, leaving alone what {@code waivers} waive. */
    public static Hardened harden(SourceFile file, Optional<String> only, Waivers waivers) {
        Loaded loaded = new KubernetesLoader().load(file);
        String text = file.text();
        List<InputError> errors = new ArrayList<>(loaded.errors());
        List<String> notes = new ArrayList<>();
        Map<Integer, Site> sites = new HashMap<>();
        List<Part> parts = new ArrayList<>();
        for (YamlSource.Part cut : YamlSource.parts(file)) {
            int from = cut.from();
            YamlSource yaml = cut.source();
            List<Node> documents;
            try {
                documents = yaml.documents();
            } catch (YamlException e) {
                continue; // the loader reported it
            }
            Part part = new Part(from, new YamlEditor(yaml, documents));
            parts.add(part);
            Set<Node> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            for (Node d : documents) {
                index(d, part, yaml, seen, sites, 0);
            }
        }
        boolean matched = false;
        Map<MappingNode, Set<String>> volumeNames = new IdentityHashMap<>();
        for (ContainerSpec spec : loaded.containers()) {
            if (only.isPresent() && !matches(spec.name(), only.get())) {
                continue;
            }
            matched = true;
            Site site = sites.get(spec.declaredAt().range().start());
            HardeningPlan plan = Hardening.plan(spec, waivers);
            if (site == null) {
                if (!plan.isEmpty()) {
                    notes.add(spec.name() + ": not found where the manifest writes it: not changed");
                }
                continue;
            }
            if (site.list().equals("ephemeralContainers")) {
                notes.add(spec.name() + ": an ephemeral container (kubectl debug) is not hardened: it takes no "
                        + "resources and exists to inspect the pod");
                continue;
            }
            plan.notes().forEach(n -> notes.add(spec.name() + ": " + n));
            Set<String> names = volumeNames.computeIfAbsent(site.pod(), p -> volumeNames(p));
            write(plan, site, names);
        }
        if (only.isPresent() && !matched) {
            errors.add(InputError.ofFile(file.path(), "no workload or container named " + only.get()));
        }
        List<Edit> edits = new ArrayList<>();
        for (Part p : parts) {
            p.editor().skipped().forEach(k -> notes.add(k + " is written through an alias or in an unexpected "
                    + "shape: not changed; harden it where it is written"));
            for (Edit e : p.editor().edits()) {
                edits.add(new Edit(new TextRange(e.range().start() + p.from(), e.range().end() + p.from()),
                        e.replacement()));
            }
        }
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(notes));
        return new Hardened(text, FixApplier.splice(text, edits), distinct, errors);
    }

    /** True when a container named {@code name} ({@code Deployment/api (container app)}) is selected by {@code only}. */
    static boolean matches(String name, String only) {
        int paren = name.indexOf(" (");
        String workload = paren < 0 ? name : name.substring(0, paren);
        String bare = workload.substring(workload.indexOf('/') + 1);
        String container = paren < 0 ? "" : name.substring(name.lastIndexOf(' ') + 1, name.length() - 1);
        return name.equals(only) || workload.equalsIgnoreCase(only) || bare.equals(only) || container.equals(only);
    }

    private static void write(HardeningPlan plan, Site site, Set<String> volumeNames) {
        YamlEditor e = site.part().editor();
        MappingNode c = site.container();
        List<String> sc = List.of("securityContext");
        for (Action a : plan.actions()) {
            if (a instanceof Action.SetPrivilegedFalse) {
                e.set(c, path(sc, "privileged"), "false");
            } else if (a instanceof Action.DropAllCapabilities) {
                e.append(c, path(sc, "capabilities", "drop"), "ALL", List.of("ALL"),
                        v -> v.strip().equalsIgnoreCase("ALL"));
            } else if (a instanceof Action.AddCapability cap) {
                List<String> keep = plan.find(Action.DropAllCapabilities.class)
                        .map(Action.DropAllCapabilities::keep).orElse(List.of(cap.name()));
                e.append(c, path(sc, "capabilities", "add"), cap.name(), keep, v -> false);
            } else if (a instanceof Action.NoNewPrivileges) {
                e.set(c, path(sc, "allowPrivilegeEscalation"), "false");
            } else if (a instanceof Action.ReadOnlyRoot) {
                e.set(c, path(sc, "readOnlyRootFilesystem"), "true");
            } else if (a instanceof Action.TmpfsMount t) {
                String name = volumeName(site, t.target(), volumeNames);
                Map<String, Object> mount = new LinkedHashMap<>();
                mount.put("name", name);
                mount.put("mountPath", t.target());
                e.append(c, List.of("volumeMounts"), mount, List.of(mount), v -> false);
                Map<String, Object> emptyDir = new LinkedHashMap<>();
                emptyDir.put("medium", "Memory");
                emptyDir.put("sizeLimit", EMPTY_DIR_SIZE);
                Map<String, Object> volume = new LinkedHashMap<>();
                volume.put("name", name);
                volume.put("emptyDir", emptyDir);
                e.append(site.pod(), List.of("volumes"), volume, List.of(volume), v -> false);
            } else if (a instanceof Action.MemoryLimit m) {
                e.set(c, List.of("resources", "limits", "memory"), quantity(m.bytes()));
            } else if (a instanceof Action.CpuLimit cpu) {
                e.set(c, List.of("resources", "limits", "cpu"), "\"" + Sizes.cpus(cpu.cpus()) + "\"");
            } else if (a instanceof Action.NonRootUser u) {
                e.set(c, path(sc, "runAsUser"), Long.toString(u.uid()));
                e.set(c, path(sc, "runAsGroup"), Long.toString(u.gid()));
                e.set(c, path(sc, "runAsNonRoot"), "true");
            } else if (a instanceof Action.NonRootGroup g) {
                e.set(c, path(sc, "runAsGroup"), Long.toString(g.gid()));
            } else if (a instanceof Action.RunAsNonRoot) {
                e.set(c, path(sc, "runAsNonRoot"), "true");
            } else if (a instanceof Action.SeccompRuntimeDefault) {
                e.set(c, path(sc, "seccompProfile", "type"), "RuntimeDefault");
            } else if (a instanceof Action.NoServiceAccountToken) {
                e.set(site.pod(), List.of("automountServiceAccountToken"), "false");
            }
        }
    }

    private static List<String> path(List<String> head, String... rest) {
        List<String> out = new ArrayList<>(head);
        out.addAll(List.of(rest));
        return out;
    }

    /** A byte count as a Kubernetes quantity: {@code 512Mi}. */
    static String quantity(long bytes) {
        String[] units = {"", "Ki", "Mi", "Gi", "Ti"};
        long value = bytes;
        int unit = 0;
        while (unit < units.length - 1 && value % 1024 == 0 && value >= 1024) {
            value /= 1024;
            unit++;
        }
        return value + units[unit];
    }

    /**
     * A volume name for a tmpfs at {@code target}: the path as a DNS label ({@code var-cache-nginx}), after the
     * container's name when the pod has several containers, made unique among the pod's volumes.
     */
    private static String volumeName(Site site, String target, Set<String> taken) {
        String base = label(target);
        if (site.containers() > 1) {
            base = label(site.containerName() + "-" + base);
        }
        base = base.isEmpty() ? "tmp" : base;
        String name = base;
        for (int i = 2; taken.contains(name); i++) {
            String suffix = "-" + i;
            name = base.substring(0, Math.min(base.length(), 63 - suffix.length())) + suffix;
        }
        taken.add(name);
        return name;
    }

    /** {@code text} as a DNS label: lower-case letters, digits and inner dashes, at most 63 characters. */
    static String label(String text) {
        StringBuilder b = new StringBuilder();
        for (char ch : text.toLowerCase(Locale.ROOT).toCharArray()) {
            boolean ok = ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9';
            if (ok) {
                b.append(ch);
            } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
                b.append('-');
            }
        }
        String s = b.length() > 63 ? b.substring(0, 63) : b.toString();
        while (s.endsWith("-")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** The names of the volumes the pod spec already declares. */
    private static Set<String> volumeNames(MappingNode pod) {
        Set<String> names = new LinkedHashSet<>();
        if (YamlNodes.value(pod, "volumes") instanceof SequenceNode volumes) {
            for (Node v : volumes.getValue()) {
                if (v instanceof MappingNode m && YamlNodes.value(m, "name") instanceof ScalarNode n) {
                    names.add(n.getValue());
                }
            }
        }
        return names;
    }

    /** Finds every container item (with its pod spec) under {@code n}, by the offset it starts at in the file. */
    private static void index(Node n, Part part, YamlSource yaml, Set<Node> seen, Map<Integer, Site> sites,
            int depth) {
        if (depth > MAX_DEPTH || !seen.add(n)) {
            return;
        }
        if (n instanceof SequenceNode s) {
            for (Node item : s.getValue()) {
                index(item, part, yaml, seen, sites, depth + 1);
            }
            return;
        }
        if (!(n instanceof MappingNode m)) {
            return;
        }
        int containers = 0;
        for (String list : List.of("containers", "initContainers")) {
            if (YamlNodes.value(m, list) instanceof SequenceNode s) {
                containers += s.getValue().size();
            }
        }
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && CONTAINER_LISTS.contains(k.getValue())
                    && t.getValueNode() instanceof SequenceNode list) {
                for (Node item : list.getValue()) {
                    if (item instanceof MappingNode c) {
                        String name = YamlNodes.value(c, "name") instanceof ScalarNode nn ? nn.getValue() : "";
                        int start = yaml.location(c).range().start() + part.from();
                        sites.putIfAbsent(start, new Site(part, m, c, k.getValue(), name, containers));
                    }
                }
            }
            index(t.getValueNode(), part, yaml, seen, sites, depth + 1);
        }
    }

    /** One part of the manifest, composed on its own, with the editor of its text. */
    private record Part(int from, YamlEditor editor) {
    }

    /**
     * Where a container is written.
     *
     * @param pod the pod spec holding it
     * @param container the container's mapping
     * @param list the list it is in ({@code containers}, {@code initContainers}, {@code ephemeralContainers})
     * @param containerName the container's name
     * @param containers how many regular and init containers the pod has
     */
    private record Site(Part part, MappingNode pod, MappingNode container, String list, String containerName,
            int containers) {
    }
}
