package dev.lashing.runtime.model;

import java.util.List;

/**
 * The container's health checking as the spec sets it.
 *
 * @param disabled true when explicitly switched off ({@code --no-healthcheck}, compose {@code disable: true},
 *     a test of {@code NONE})
 * @param test the check command when the spec sets one (Docker health check, or a Kubernetes probe's
 *     description such as {@code httpGet :8080/healthz}); empty when the spec sets none (the image's own
 *     HEALTHCHECK may still apply)
 * @param probes the Kubernetes probes set ({@code liveness}, {@code readiness}, {@code startup}); empty elsewhere
 */
public record Health(boolean disabled, List<String> test, List<String> probes) {

    /** Copies the lists. */
    public Health {
        test = List.copyOf(test);
        probes = List.copyOf(probes);
    }

    /** Nothing set in the spec. */
    public static Health unset() {
        return new Health(false, List.of(), List.of());
    }
}
