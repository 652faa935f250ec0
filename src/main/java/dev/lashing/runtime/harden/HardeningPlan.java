package dev.lashing.runtime.harden;

import dev.lashing.runtime.model.ContainerSpec;
import java.util.List;

/**
 * What {@link Hardening} decided for one container.
 *
 * @param spec the container
 * @param actions the hardening steps, in the order they are written
 * @param notes what the spec cannot tell and the user must check, one sentence each
 */
public record HardeningPlan(ContainerSpec spec, List<Action> actions, List<String> notes) {

    /** Copies the lists. */
    public HardeningPlan {
        actions = List.copyOf(actions);
        notes = List.copyOf(notes);
    }

    /** True when there is nothing to change. */
    public boolean isEmpty() {
        return actions.isEmpty();
    }

    /** The first action of {@code type}, if decided. */
    public <A extends Action> java.util.Optional<A> find(Class<A> type) {
        return actions.stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}
