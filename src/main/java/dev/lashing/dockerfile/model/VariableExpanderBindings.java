package dev.lashing.dockerfile.model;

import dev.lashing.dockerfile.syntax.VariableExpander.Binding;

/** Shared binding instances. */
final class VariableExpanderBindings {
    static final Binding UNSET = new Binding.Unset();
    static final Binding UNKNOWN = new Binding.Unknown();

    private VariableExpanderBindings() {}
}
