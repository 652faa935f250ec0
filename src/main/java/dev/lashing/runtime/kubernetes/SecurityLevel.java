package dev.lashing.runtime.kubernetes;

import dev.lashing.runtime.model.SelinuxLabel;
import dev.lashing.runtime.model.Sourced;

/**
 * The security settings that a pod's {@code securityContext} sets for all its containers and a
 * container's own {@code securityContext} may override, each null when the level does not set it.
 *
 * @param runAsUser {@code runAsUser}
 * @param runAsGroup {@code runAsGroup}
 * @param runAsNonRoot {@code runAsNonRoot}
 * @param seccomp {@code seccompProfile}, in the model's spelling
 * @param apparmor {@code appArmorProfile}, in the model's spelling
 * @param selinuxDisabled whether {@code seLinuxOptions} sets the unconfined type {@code spc_t}
 * @param selinuxLabel {@code seLinuxOptions} (a container's replaces its pod's whole, as the kubelet does)
 * @param hostProcess {@code windowsOptions.hostProcess}
 */
record SecurityLevel(Sourced<Long> runAsUser, Sourced<Long> runAsGroup, Sourced<Boolean> runAsNonRoot,
        Sourced<String> seccomp, Sourced<String> apparmor, Sourced<Boolean> selinuxDisabled,
        Sourced<SelinuxLabel> selinuxLabel, Sourced<Boolean> hostProcess) {

    /** A level that sets nothing. */
    static final SecurityLevel NONE = new SecurityLevel(null, null, null, null, null, null, null, null);

    /** This level's settings where it has them, else {@code outer}'s: a container's over its pod's. */
    SecurityLevel over(SecurityLevel outer) {
        return new SecurityLevel(first(runAsUser, outer.runAsUser), first(runAsGroup, outer.runAsGroup),
                first(runAsNonRoot, outer.runAsNonRoot), first(seccomp, outer.seccomp), first(apparmor, outer.apparmor),
                first(selinuxDisabled, outer.selinuxDisabled), first(selinuxLabel, outer.selinuxLabel),
                first(hostProcess, outer.hostProcess));
    }

    /** The same with {@code apparmor} in place when this level has none: an annotation under the field. */
    SecurityLevel withApparmorIfUnset(Sourced<String> fromAnnotation) {
        return apparmor != null || fromAnnotation == null ? this
                : new SecurityLevel(runAsUser, runAsGroup, runAsNonRoot, seccomp, fromAnnotation, selinuxDisabled,
                        selinuxLabel, hostProcess);
    }

    private static <T> Sourced<T> first(Sourced<T> mine, Sourced<T> theirs) {
        return mine != null ? mine : theirs;
    }
}
