package dev.lashing.dockerfile.syntax;

/** The command of RUN, CMD, ENTRYPOINT or HEALTHCHECK CMD: exec (JSON) form or shell form. */
public sealed interface CommandLine permits ExecForm, ShellForm {}
