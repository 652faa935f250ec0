package dev.lashing.runtime.kubernetes;

import java.util.List;
import java.util.Optional;

/** The kinds of Kubernetes object that run containers, and where each keeps its pod template. */
enum WorkloadKind {
    /** A pod: the object is its own template. */
    POD("Pod", List.of(""), List.of(), List.of()),
    /** A Deployment. */
    DEPLOYMENT("Deployment", List.of("apps", "extensions"), List.of("spec", "template"), List.of()),
    /** A StatefulSet. */
    STATEFUL_SET("StatefulSet", List.of("apps"), List.of("spec", "template"), List.of()),
    /** A DaemonSet. */
    DAEMON_SET("DaemonSet", List.of("apps", "extensions"), List.of("spec", "template"), List.of()),
    /** A ReplicaSet. */
    REPLICA_SET("ReplicaSet", List.of("apps", "extensions"), List.of("spec", "template"), List.of()),
    /** A ReplicationController. */
    REPLICATION_CONTROLLER("ReplicationController", List.of(""), List.of("spec", "template"), List.of()),
    /** A Job. */
    JOB("Job", List.of("batch"), List.of("spec", "template"), List.of("spec")),
    /** A CronJob. */
    CRON_JOB("CronJob", List.of("batch"), List.of("spec", "jobTemplate", "spec", "template"),
            List.of("spec", "jobTemplate", "spec")),
    /** A PodTemplate object. */
    POD_TEMPLATE("PodTemplate", List.of(""), List.of("template"), List.of());

    private final String kind;
    private final List<String> groups;
    private final List<String> templatePath;
    private final List<String> jobPath;

    WorkloadKind(String kind, List<String> groups, List<String> templatePath, List<String> jobPath) {
        this.kind = kind;
        this.groups = groups;
        this.templatePath = templatePath;
        this.jobPath = jobPath;
    }

    /** The kind as written in manifests. */
    String kind() {
        return kind;
    }

    /** The keys leading from the object to its pod template (metadata and spec); empty for a Pod. */
    List<String> templatePath() {
        return templatePath;
    }

    /** The keys leading to the Job spec (with {@code backoffLimit}); empty for kinds that are not jobs. */
    List<String> jobPath() {
        return jobPath;
    }

    /**
     * The workload kind of an object, or empty for other kinds and for same-named kinds of other API
     * groups (custom resources). An {@code apiVersion} that is missing or a template does not rule a
     * kind out.
     */
    static Optional<WorkloadKind> of(String kind, String apiVersion) {
        for (WorkloadKind k : values()) {
            if (k.kind.equals(kind)) {
                if (apiVersion == null || Scalars.isTemplate(apiVersion)) {
                    return Optional.of(k);
                }
                int slash = apiVersion.indexOf('/');
                String group = slash < 0 ? "" : apiVersion.substring(0, slash);
                return k.groups.contains(group) ? Optional.of(k) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
