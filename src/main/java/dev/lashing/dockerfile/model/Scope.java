package dev.lashing.dockerfile.model;

import dev.lashing.dockerfile.syntax.VariableExpander;
import dev.lashing.dockerfile.syntax.VariableExpander.Binding;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The variables visible at one point of a Dockerfile: ENV values (which win over ARGs of the same
 * name, as in Docker), ARG values, and what any other name means there: unset (global scope,
 * {@code FROM scratch}) or unknown (a base image may define it).
 */
public final class Scope implements VariableExpander.Lookup {
    private final Map<String, Binding> env;
    private final Map<String, Binding> args;
    private final Binding otherwise;

    Scope(Map<String, Binding> env, Map<String, Binding> args, Binding otherwise) {
        this.env = Collections.unmodifiableMap(new LinkedHashMap<>(env));
        this.args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
        this.otherwise = otherwise;
    }

    @Override
    public Binding lookup(String name) {
        Binding b = env.get(name);
        if (b == null) {
            b = args.get(name);
        }
        return b != null ? b : otherwise;
    }

    /** The value of {@code name} when it is known. */
    public Optional<String> value(String name) {
        return lookup(name) instanceof Binding.Value v ? Optional.of(v.value()) : Optional.empty();
    }

    /** True when {@code name} was set by ENV in this stage or a parent stage of this file. */
    public boolean hasEnv(String name) {
        return env.containsKey(name);
    }

    /** True when {@code name} was declared by ARG in scope. */
    public boolean hasArg(String name) {
        return args.containsKey(name);
    }

    /** ENV bindings in scope, in declaration order. */
    public Map<String, Binding> env() {
        return env;
    }

    /** ARG bindings in scope, in declaration order. */
    public Map<String, Binding> args() {
        return args;
    }

    /** What an undeclared name means here. */
    public Binding otherwise() {
        return otherwise;
    }
}
