package dev.lashing.runtime.compose;

import dev.lashing.core.Location;
import java.util.List;
import java.util.Objects;

/**
 * A YAML sequence.
 *
 * @param items the items in order
 * @param location where it is written
 * @param modifier the merge modifier
 */
record ListValue(List<Value> items, Location location, Modifier modifier) implements Value {

    ListValue {
        items = List.copyOf(items);
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(modifier, "modifier");
    }

    @Override
    public Value with(Modifier m) {
        return new ListValue(items, location, m);
    }

    @Override
    public String describe() {
        return "a list";
    }
}
