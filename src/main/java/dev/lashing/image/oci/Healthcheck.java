package dev.lashing.image.oci;

import java.util.List;

/**
 * The Docker image config's {@code Healthcheck}: the test ({@code ["NONE"]} disables an inherited
 * one; {@code ["CMD", ...]} or {@code ["CMD-SHELL", "..."]} otherwise) and its timings in nanoseconds
 * (0 when unset).
 */
public record Healthcheck(List<String> test, long intervalNanos, long timeoutNanos, long startPeriodNanos, int retries) {

    /** Copies the list. */
    public Healthcheck {
        test = List.copyOf(test);
    }

    /** True when the test is {@code NONE}, which disables a health check inherited from the base. */
    public boolean disabled() {
        return !test.isEmpty() && test.get(0).equals("NONE");
    }
}
