package dev.lashing.runtime.rules;

import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.PortMapping;
import dev.lashing.runtime.model.SourceKind;
import dev.lashing.runtime.model.Sourced;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;

/**
 * The ports of a container grouped by the entry that wrote them, so that a range ({@code -p 8000-8010:8000-8010})
 * or a comma list is reported once, and the shared questions of the port rules.
 */
final class PortEntries {
    private PortEntries() {}

    /**
     * The mappings one entry wrote that a rule is about.
     *
     * @param at the first mapping, for the location and the text as written
     * @param mappings the mappings of the entry the rule is about, in order
     */
    record Entry(Sourced<PortMapping> at, List<PortMapping> mappings) {

        /** "port 80" or "ports 8000-8010", of the container side. */
        String containerPorts() {
            return describe(i -> mappings.get(i).containerPort());
        }

        /** "port 80" or "ports 8000-8010", of the fixed host side (mappings with a fixed host port only). */
        String hostPorts() {
            return describe(i -> mappings.get(i).hostPort().orElse(0));
        }

        /** The container side as a port specification part: {@code 80}, {@code 8000-8010}, or the first port. */
        String containerSpan() {
            return span(i -> mappings.get(i).containerPort());
        }

        /** The fixed host side as a port specification part, or {@code ""} when the runtime picks the port. */
        String hostSpan() {
            return mappings.stream().allMatch(m -> m.hostPort().isPresent())
                    ? span(i -> mappings.get(i).hostPort().getAsInt()) : "";
        }

        private String span(IntUnaryOperator port) {
            int n = mappings.size();
            boolean contiguous = port.applyAsInt(n - 1) - port.applyAsInt(0) == n - 1;
            return n > 1 && contiguous ? port.applyAsInt(0) + "-" + port.applyAsInt(n - 1)
                    : String.valueOf(port.applyAsInt(0));
        }

        private String describe(IntUnaryOperator port) {
            StringBuilder b = new StringBuilder(mappings.size() == 1 ? "port " : "ports ");
            int i = 0;
            int shown = 0;
            while (i < mappings.size()) {
                int j = i;
                while (j + 1 < mappings.size() && port.applyAsInt(j + 1) == port.applyAsInt(j) + 1) {
                    j++;
                }
                if (shown++ > 0) {
                    b.append(", ");
                }
                if (shown > 5) {
                    return b.append("...").toString();
                }
                b.append(port.applyAsInt(i));
                if (j > i) {
                    b.append('-').append(port.applyAsInt(j));
                }
                i = j + 1;
            }
            return b.toString();
        }
    }

    /** The entries of {@code spec}'s resolved ports with the mappings that {@code keep} accepts, in order. */
    static List<Entry> of(ContainerSpec spec, Predicate<PortMapping> keep) {
        List<Entry> out = new ArrayList<>();
        Sourced<PortMapping> first = null;
        List<PortMapping> kept = new ArrayList<>();
        for (Sourced<PortMapping> p : spec.ports()) {
            if (p.isUnresolved()) {
                continue;
            }
            if (first == null || !first.location().equals(p.location()) || !first.text().equals(p.text())) {
                add(out, first, kept);
                first = p;
                kept = new ArrayList<>();
            }
            if (keep.test(p.value())) {
                kept.add(p.value());
            }
        }
        add(out, first, kept);
        return out;
    }

    private static void add(List<Entry> out, Sourced<PortMapping> first, List<PortMapping> kept) {
        if (first != null && !kept.isEmpty()) {
            out.add(new Entry(first, List.copyOf(kept)));
        }
    }

    /**
     * True when the runtime discards published ports because of the network mode: Docker, Podman and compose
     * publish nothing for a container on the host's network, on none, or in another container's network
     * namespace (the host network is {@code container-host-network}'s business).
     */
    static boolean discarded(ContainerSpec spec) {
        if (spec.kind() == SourceKind.KUBERNETES) {
            return false;
        }
        String mode = spec.network().known().orElse("").strip().toLowerCase(Locale.ROOT);
        return mode.equals("host") || mode.equals("none") || mode.startsWith("container:")
                || mode.startsWith("service:");
    }
}
