package dev.lashing.runtime.kubernetes;

import dev.lashing.core.Location;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Sourced;
import java.math.BigDecimal;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads a container's {@code resources}: the CPU and memory limits, and the requests. A request that is not
 * written but whose limit is becomes the limit, as the API server defaults it: the limit's value and location
 * with the default origin.
 */
final class Resources {
    private final FieldReader reader;

    Resources(FieldReader reader) {
        this.reader = reader;
    }

    /**
     * A pod's own {@code spec.resources} (PodLevelResources): the bounds of the containers that set none of
     * their own; each value null when not written.
     *
     * @param memory the memory limit
     * @param cpus the CPU limit
     * @param memoryRequest the memory request (the limit's when only it is written)
     * @param cpuRequest the CPU request (the limit's when only it is written)
     */
    record PodLevel(Sourced<Long> memory, Sourced<Double> cpus, Sourced<Long> memoryRequest,
            Sourced<Double> cpuRequest) {
        /** No pod-level resources. */
        static final PodLevel NONE = new PodLevel(null, null, null, null);

        /** Sets these values in {@code b}, before the container's own resources are read. */
        void applyTo(ContainerSpec.Builder b) {
            if (memory != null) {
                b.memoryBytes = memory;
            }
            if (cpus != null) {
                b.cpus = cpus;
            }
            if (memoryRequest != null) {
                b.memoryRequestBytes = memoryRequest;
            }
            if (cpuRequest != null) {
                b.cpuRequest = cpuRequest;
            }
        }
    }

    /** Reads a pod's {@code spec.resources}. */
    PodLevel readPodLevel(Section resources) {
        if (resources.isAbsent()) {
            return PodLevel.NONE;
        }
        Section limits = resources.section("limits");
        Section requests = resources.section("requests");
        Sourced<Long> memoryLimit = bytes(quantity(limits, "memory", "limit"), "limit");
        Sourced<Double> cpuLimit = cpus(quantity(limits, "cpu", "limit"));
        Sourced<Long> memoryRequest = bytes(quantity(requests, "memory", "request"), "request");
        Sourced<Double> cpuRequest = cpus(quantity(requests, "cpu", "request"));
        return new PodLevel(memoryLimit, cpuLimit, memoryRequest != null ? memoryRequest : fromLimit(memoryLimit, null),
                cpuRequest != null ? cpuRequest : fromLimit(cpuLimit, null));
    }

    /** Reads {@code resources} into {@code b}. */
    void read(Section resources, ContainerSpec.Builder b) {
        Section limits = resources.section("limits");
        Section requests = resources.section("requests");
        Sourced<Long> memoryLimit = bytes(quantity(limits, "memory", "limit"), "limit");
        Sourced<Double> cpuLimit = cpus(quantity(limits, "cpu", "limit"));
        if (memoryLimit != null) {
            b.memoryBytes = memoryLimit;
        }
        if (cpuLimit != null) {
            b.cpus = cpuLimit;
        }
        Sourced<Long> memoryRequest = bytes(quantity(requests, "memory", "request"), "request");
        Sourced<Double> cpuRequest = cpus(quantity(requests, "cpu", "request"));
        b.memoryRequestBytes = memoryRequest != null ? memoryRequest : fromLimit(memoryLimit, b.memoryRequestBytes);
        b.cpuRequest = cpuRequest != null ? cpuRequest : fromLimit(cpuLimit, b.cpuRequest);
    }

    /** The request a written limit implies; {@code otherwise} when the limit is not written. */
    private static <T> Sourced<T> fromLimit(Sourced<T> limit, Sourced<T> otherwise) {
        if (limit == null) {
            return otherwise;
        }
        return limit.isUnresolved() ? limit : Sourced.defaulted(limit.value(), limit.location().orElseThrow());
    }

    private Sourced<Long> bytes(Sourced<BigDecimal> memory, String what) {
        if (memory == null || memory.isUnresolved()) {
            return memory == null ? null : Sourced.unresolved(memory.location().orElseThrow(), memory.text());
        }
        var bytes = Quantity.bytes(memory.value());
        if (bytes.isPresent()) {
            return memory.map(m -> bytes.get());
        }
        reader.error(memory.location().orElseThrow(), "memory " + what + " out of range: " + memory.text());
        return Sourced.unresolved(memory.location().orElseThrow(), memory.text());
    }

    private static Sourced<Double> cpus(Sourced<BigDecimal> cpu) {
        return cpu == null ? null : cpu.map(BigDecimal::doubleValue);
    }

    /** A quantity in {@code section} ({@code limits} or {@code requests}); null when not set. */
    private Sourced<BigDecimal> quantity(Section section, String key, String what) {
        if (section.isAbsent() || section.isUnresolved()) {
            return section.isAbsent() ? null : section.unknown();
        }
        NodeTuple e = section.map().entry(key);
        Node v = section.map().value(key);
        if (v == null) {
            return null;
        }
        Location at = reader.span(e);
        String text = reader.text(e);
        if (reader.isTemplate(v)) {
            return Sourced.unresolved(at, text);
        }
        if (v instanceof ScalarNode s && Scalars.type(s) != Scalars.Type.BOOL) {
            var q = Quantity.parse(s.getValue());
            if (q.isPresent() && q.get().signum() >= 0) {
                return Sourced.explicit(q.get(), at, text);
            }
            reader.error(v, key + " " + what + " must be a quantity such as " + (key.equals("cpu") ? "500m or 2"
                    : "128Mi or 1G") + ", not \"" + Scalars.abbreviate(s.getValue()) + "\"");
            return Sourced.unresolved(at, text);
        }
        reader.error(v, key + " " + what + " must be a quantity, not " + Scalars.describe(v));
        return Sourced.unresolved(at, text);
    }
}
