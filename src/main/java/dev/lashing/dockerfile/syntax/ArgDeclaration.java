package dev.lashing.dockerfile.syntax;

import java.util.Optional;

/** One name of an ARG instruction, with its raw default value if it has one. */
public record ArgDeclaration(Token name, Optional<Token> defaultValue) {}
