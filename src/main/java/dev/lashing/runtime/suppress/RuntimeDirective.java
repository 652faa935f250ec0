package dev.lashing.runtime.suppress;

import dev.lashing.core.Location;
import dev.lashing.core.suppress.Suppressions;

/**
 * A suppression in a run-time input and the range it covers.
 *
 * @param scoped the directive and the range of its file it covers: a finding that starts there is covered
 * @param coversContainers true when it also covers every finding of a container declared inside that range,
 *     wherever the finding is located (a value merged from an anchor, a pod-level setting, an env file)
 */
public record RuntimeDirective(Suppressions.Scoped scoped, boolean coversContainers) {

    /**
     * True when it covers what is located at {@code at} for the container declared at {@code declaredAt}; the
     * directive is in the file {@code path}.
     */
    public boolean covers(Location at, Location declaredAt, String path) {
        return in(at, path) || coversContainers && in(declaredAt, path);
    }

    private boolean in(Location l, String path) {
        return l.file().path().equals(path) && scoped.covers().contains(l.range().start());
    }
}
