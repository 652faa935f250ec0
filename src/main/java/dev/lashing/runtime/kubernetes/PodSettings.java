package dev.lashing.runtime.kubernetes;

import dev.lashing.runtime.model.ContainerRole;
import dev.lashing.runtime.model.Sourced;
import java.util.List;

/**
 * What a pod sets for all its containers, read once per pod; each setting is null when the pod does not set
 * it (the container's own setting or the runtime default then applies).
 *
 * @param workload the object's kind and name: {@code Deployment/api}
 * @param namespace the object's namespace; null when it sets none
 * @param security the pod-level {@code securityContext} settings containers inherit
 * @param sysctls {@code securityContext.sysctls} as {@code name=value}
 * @param groups {@code supplementalGroups}
 * @param network {@code hostNetwork}: {@code host}, or {@code ""} when false
 * @param uts {@code host} when {@code hostNetwork} is true (the pod then has the node's hostname)
 * @param pid {@code hostPID}
 * @param ipc {@code hostIPC}
 * @param userns {@code hostUsers}: {@code host} when true, {@code private} when false
 * @param hostNetwork true when the pod is known to use the host network (ports are then host ports)
 * @param automount {@code automountServiceAccountToken} of the pod, else of its ServiceAccount in the same file
 * @param restartPolicy {@code restartPolicy} in the model's spelling ({@code always}, {@code on-failure}, {@code no})
 * @param backoffLimit a Job's {@code backoffLimit}; null for other workloads
 * @param job true for Jobs and CronJobs (retries bounded by the backoff limit, 6 by default)
 * @param volumes the pod's volumes
 * @param annotations the pod template's annotations
 * @param placement where the pod runs and as whom: its namespace, service account and fsGroup
 * @param jobRole {@code JOB} for the pod's regular containers when they run to completion (a Job or CronJob,
 *     {@code restartPolicy} OnFailure or Never), located at what says so; unresolved when the restart policy is;
 *     null for long-running pods
 * @param securityContext whether the pod's {@code securityContext} is written with a setting; null when absent
 * @param resources the pod's own {@code resources}, which bound the containers that set none
 */
record PodSettings(String workload, String namespace, SecurityLevel security, List<Sourced<String>> sysctls,
        List<Sourced<String>> groups, Sourced<String> network, Sourced<String> uts, Sourced<String> pid,
        Sourced<String> ipc, Sourced<String> userns, boolean hostNetwork, Sourced<Boolean> automount,
        Sourced<String> restartPolicy, Sourced<Long> backoffLimit, boolean job, Volumes volumes,
        Section annotations, Placement placement, Sourced<ContainerRole> jobRole, Sourced<Boolean> securityContext,
        Resources.PodLevel resources) {

    /**
     * Where a pod runs and as whom, each null when the pod does not set it.
     *
     * @param namespace {@code metadata.namespace} of the workload
     * @param serviceAccount {@code serviceAccountName}, else the deprecated {@code serviceAccount}
     * @param fsGroup {@code securityContext.fsGroup}
     */
    record Placement(Sourced<String> namespace, Sourced<String> serviceAccount, Sourced<Long> fsGroup) {
    }

    /** The name of a container of this pod: {@code Deployment/api (namespace prod, init container migrate)}. */
    String containerName(ContainerList role, String container) {
        return workload + " (" + (namespace == null ? "" : "namespace " + namespace + ", ") + role.label() + " "
                + container + ")";
    }

    /** Copies the lists. */
    PodSettings {
        sysctls = List.copyOf(sysctls);
        groups = List.copyOf(groups);
    }
}
