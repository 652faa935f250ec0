/**
 * The Kubernetes adapter: manifests (multi-document YAML, {@code List} objects, rendered Helm charts)
 * read into the run-time model, one {@code ContainerSpec} per container of every workload.
 *
 * <p>How Kubernetes settings land in the model, where the model leaves room for choice:
 * <ul>
 *   <li>Pod-level {@code securityContext} settings ({@code runAsUser}, {@code runAsGroup}, {@code runAsNonRoot},
 *       {@code seccompProfile}, {@code appArmorProfile}, {@code seLinuxOptions}) apply to every container that
 *       does not set them itself, located at the pod's field. {@code user} is {@code uid} or {@code uid:gid} from
 *       the effective {@code runAsUser} and {@code runAsGroup}; a group alone leaves the image's user.</li>
 *   <li>Profiles: {@code RuntimeDefault} is {@code ""}, {@code Unconfined} is {@code unconfined}, {@code Localhost}
 *       is {@code localhost/<profile>}; the AppArmor annotation {@code container.apparmor.security.beta.kubernetes.io/<name>}
 *       counts under the container's own field and over the pod's. A seccomp profile that nothing sets is the
 *       model's default {@code ""}: note that the kubelet then runs the container {@code Unconfined} unless it is
 *       started with {@code --seccomp-default}; rules tell the two apart by the origin.</li>
 *   <li>{@code allowPrivilegeEscalation: false} is {@code noNewPrivileges}; {@code procMount: Unmasked} is
 *       {@code unmaskedPaths}; SELinux type {@code spc_t} is {@code selinuxDisabled}.</li>
 *   <li>{@code hostNetwork}, {@code hostPID}, {@code hostIPC} are {@code host} (or an explicit {@code ""} when false);
 *       {@code hostNetwork: true} also makes {@code uts} {@code host} and every container port a host port.
 *       {@code hostUsers: false} is userns {@code private}, {@code true} is {@code host}; unset it is the model's
 *       default {@code ""}, which in Kubernetes is the host's user namespace.</li>
 *   <li>{@code supplementalGroups} are {@code groupAdd}; {@code fsGroup} is its own field (the process joins it
 *       too, but it also owns the volumes); pod {@code sysctls} are {@code name=value}. {@code runAsGroup} is
 *       inherited as {@code runAsUser} is.</li>
 *   <li>Role: init containers are {@code INIT} (an init container with its own {@code restartPolicy: Always} is a
 *       native sidecar, {@code SERVICE}), ephemeral containers {@code EPHEMERAL}; the containers of Jobs, CronJobs
 *       and of pods whose {@code restartPolicy} is OnFailure or Never are {@code JOB}.</li>
 *   <li>{@code metadata.namespace} is {@code namespace} (unset: {@code ""}, the namespace kubectl is pointed at);
 *       {@code serviceAccountName} (or the deprecated {@code serviceAccount}) is {@code serviceAccountName}, by
 *       default {@code default}; {@code windowsOptions.hostProcess} is inherited as {@code runAsUser} is;
 *       {@code seLinuxOptions} is {@code selinuxLabel}, a container's replacing its pod's whole.</li>
 *   <li>Whether the pod's and the container's {@code securityContext} are written with a setting is kept
 *       ({@code securityContext: {}} is written but empty).</li>
 *   <li>{@code resources.requests} are {@code cpuRequest} and {@code memoryRequestBytes}; a request not written
 *       whose limit is takes the limit's value (as the API server defaults it), with the default origin.</li>
 *   <li>Mounts: hostPath is {@code bind} with the host path, an emptyDir of medium Memory is {@code tmpfs},
 *       other volumes {@code volume} with the secret, config map or claim name as source; options start with the
 *       volume source's key ({@code hostPath}, {@code secret}, ...). Secret, configMap, downwardAPI and projected
 *       volumes are read-only. Mounted secret volumes, {@code secretKeyRef} and {@code envFrom.secretRef} are
 *       {@code secrets}.</li>
 *   <li>Restart: {@code Always}, {@code OnFailure}, {@code Never} are {@code always}, {@code on-failure}, {@code no};
 *       unset it is {@code always}. Jobs and CronJobs carry their {@code backoffLimit} (6 by default) as the retry
 *       bound. A container's own {@code restartPolicy} (sidecars) wins; ephemeral containers are never restarted.</li>
 *   <li>Probes: {@code Health.probes} names them ({@code liveness}, {@code readiness}, {@code startup}) and
 *       {@code Health.test} describes each, in the same order.</li>
 *   <li>{@code automountServiceAccountToken} comes from the pod, else from its ServiceAccount when the same file
 *       defines it, else the default {@code true}.</li>
 * </ul>
 * Scalars are typed as kubectl types them (YAML 1.1: {@code yes} is a boolean, {@code 8080} is not a string), the
 * last of duplicate keys wins, and merge keys are honoured. Templates left unrendered ({@code {{ .Values.x }}},
 * {@code ${VAR}}) make the settings they hold unresolved; in {@code command} and {@code args} they are kept as
 * written, since shells and programs use the same spellings.
 */
package dev.lashing.runtime.kubernetes;
