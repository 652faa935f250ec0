package dev.lashing.runtime.kubernetes;

import dev.lashing.core.InputError;
import dev.lashing.core.SourceFile;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Loaded;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads a Kubernetes manifest (one or many YAML documents, {@code List} objects, {@code helm template}
 * output) into one {@link ContainerSpec} per container of every workload: Pod, Deployment, StatefulSet,
 * DaemonSet, ReplicaSet, ReplicationController, Job, CronJob and PodTemplate, with init and ephemeral
 * containers, and the pod's settings (its {@code securityContext}, host namespaces, volumes, restart
 * policy, service-account token) folded into each container. Other kinds are skipped without a word.
 * Bad input becomes located errors, in file order, while the rest of the manifest loads; nothing is thrown.
 */
public final class KubernetesLoader {
    /** Containers read from one manifest at most. */
    public static final int MAX_CONTAINERS = 10_000;
    /** List entries (mounts, variables, capabilities, ...) over all containers of one manifest at most. */
    public static final long MAX_SETTINGS = 2_000_000;
    private static final int MAX_LIST_DEPTH = 10;

    /** Reads {@code file}. */
    public Loaded load(SourceFile file) {
        List<InputError> errors = new ArrayList<>();
        List<KubeObject> workloads = new ArrayList<>();
        ServiceAccounts accounts = new ServiceAccounts();
        for (ManifestDocuments.Document doc : ManifestDocuments.read(file, errors)) {
            collect(doc.root(), doc.reader(), 0, workloads, accounts);
        }
        List<ContainerSpec> containers = new ArrayList<>();
        long[] settings = {0};
        boolean[] stopped = {false};
        for (KubeObject w : workloads) {
            new PodReader(w.reader(), accounts).read(w.object(), w.node(), w.kind(), spec -> {
                containers.add(spec);
                settings[0] += 1 + spec.capAdd().size() + spec.capDrop().size() + spec.mounts().size()
                        + spec.sysctls().size() + spec.env().size() + spec.secrets().size() + spec.ports().size()
                        + spec.groupAdd().size() + spec.command().known().map(List::size).orElse(0);
                if (containers.size() >= MAX_CONTAINERS || settings[0] >= MAX_SETTINGS) {
                    errors.add(InputError.ofFile(file.path(), "manifest too large: more than " + MAX_CONTAINERS
                            + " containers or " + MAX_SETTINGS + " settings; the rest is not read"));
                    stopped[0] = true;
                }
                return !stopped[0];
            });
            if (stopped[0]) {
                break;
            }
        }
        errors.sort(Comparator.comparingInt(e -> e.location().map(l -> l.range().start()).orElse(-1)));
        return new Loaded(List.of(file), containers, errors);
    }

    /** Sorts an object (or each item of a list object) into workloads and ServiceAccounts; skips the rest. */
    private static void collect(Node node, FieldReader reader, int depth, List<KubeObject> workloads,
            ServiceAccounts accounts) {
        if (!(node instanceof MappingNode m) || reader.isTemplate(node)) {
            return; // not an object: a stray scalar, a template line, a values file
        }
        YamlMap object = YamlMap.of(m);
        String kind = scalar(object, "kind");
        String apiVersion = scalar(object, "apiVersion");
        if (kind != null && kind.endsWith("List") && object.value("items") != null && depth < MAX_LIST_DEPTH) {
            for (Node item : reader.items(object, "items").nodes()) {
                collect(item, reader, depth + 1, workloads, accounts);
            }
            return;
        }
        Node kindNode = object.value("kind");
        if (kind == null || Scalars.isTemplate(kind)) {
            if (looksLikeWorkload(object)) {
                reader.error(node, kindNode != null && reader.isTemplate(kindNode)
                        ? "an object with containers whose kind is a template left unrendered: not read"
                        : "an object with containers but no kind: not read");
            }
            return;
        }
        if (kind.equals("ServiceAccount")) {
            accounts.add(object, reader);
            return;
        }
        Optional<WorkloadKind> workload = WorkloadKind.of(kind, apiVersion);
        if (workload.isPresent()) {
            if (apiVersion == null) {
                reader.error(object.entry("kind").getKeyNode(), kind + " without an apiVersion (kubectl refuses it)");
            }
            workloads.add(new KubeObject(object, node, workload.get(), reader));
        }
    }

    /** The text of a scalar field, read without a word about other types: anything may be in a document. */
    private static String scalar(YamlMap object, String key) {
        return object.value(key) instanceof ScalarNode s ? s.getValue() : null;
    }

    /** True when an object without a kind has containers where a Pod or a workload keeps them. */
    private static boolean looksLikeWorkload(YamlMap object) {
        Node spec = object.value("spec");
        if (!(spec instanceof MappingNode s)) {
            return false;
        }
        YamlMap podOrWorkload = YamlMap.of(s);
        if (podOrWorkload.value("containers") != null) {
            return true;
        }
        Node template = podOrWorkload.value("template");
        return template instanceof MappingNode t && YamlMap.of(t).value("spec") instanceof MappingNode ps
                && YamlMap.of(ps).value("containers") != null;
    }

    /** A workload object found in a document. */
    private record KubeObject(YamlMap object, Node node, WorkloadKind kind, FieldReader reader) {
    }
}
