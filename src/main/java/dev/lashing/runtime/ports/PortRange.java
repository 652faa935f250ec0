package dev.lashing.runtime.ports;

/**
 * A port or an inclusive range of ports, {@code 8080} or {@code 8000-8010}.
 *
 * @param first the first port
 * @param last the last port, at least {@code first}
 */
public record PortRange(int first, int last) {

    /** Checks the bounds. */
    public PortRange {
        if (first < 0 || last > 65535 || last < first) {
            throw new IllegalArgumentException("bad port range " + first + "-" + last);
        }
    }

    /** How many ports the range holds. */
    public int size() {
        return last - first + 1;
    }

    /** The range as written in port specifications: {@code 80} or {@code 8000-8010}. */
    @Override
    public String toString() {
        return first == last ? String.valueOf(first) : first + "-" + last;
    }
}
