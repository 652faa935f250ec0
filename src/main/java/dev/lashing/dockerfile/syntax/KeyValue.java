package dev.lashing.dockerfile.syntax;

/**
 * One {@code key=value} of ENV or LABEL, or the single pair of the legacy {@code ENV key value}
 * form. The value is raw: quotes and escapes are still in it (see {@link VariableExpander}).
 */
public record KeyValue(Token key, Token value, boolean legacyForm) {}
