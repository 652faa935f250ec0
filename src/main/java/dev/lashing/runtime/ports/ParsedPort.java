package dev.lashing.runtime.ports;

import java.util.Objects;

/**
 * What {@link PortSyntax} made of a port specification: the spec, or why it is bad (for the caller to report
 * as its own input error).
 *
 * @param spec the specification; null when {@code error} is set
 * @param error the problem, without the flag or key it came from; null when {@code spec} is set
 */
public record ParsedPort(PortSpec spec, String error) {

    /** Checks that exactly one of the two is set. */
    public ParsedPort {
        if ((spec == null) == (error == null)) {
            throw new IllegalArgumentException("a parsed port has a spec or an error");
        }
    }

    /** A good specification. */
    static ParsedPort of(PortSpec spec) {
        return new ParsedPort(Objects.requireNonNull(spec), null);
    }

    /** A bad specification. */
    static ParsedPort failed(String error) {
        return new ParsedPort(null, Objects.requireNonNull(error));
    }

    /** True when the specification is good. */
    public boolean ok() {
        return spec != null;
    }
}
