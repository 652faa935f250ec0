package dev.lashing.runtime.model;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * When the runtime restarts the container.
 *
 * @param name {@code no}, {@code on-failure}, {@code always} or {@code unless-stopped} (Kubernetes
 *     {@code Always}, {@code OnFailure} and {@code Never} map onto these)
 * @param maxRetries the retry bound of {@code on-failure:N} (compose {@code deploy.restart_policy.max_attempts},
 *     Kubernetes Job {@code backoffLimit}); empty when unbounded
 */
public record RestartPolicy(String name, OptionalInt maxRetries) {

    /** Checks fields. */
    public RestartPolicy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(maxRetries, "maxRetries");
    }
}
