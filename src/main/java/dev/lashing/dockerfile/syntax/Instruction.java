package dev.lashing.dockerfile.syntax;

import dev.lashing.core.TextRange;

/** A Dockerfile instruction; one record type per keyword, plus {@link MalformedInstruction}. */
public sealed interface Instruction extends Node
        permits From, Run, Cmd, Entrypoint, Shell, FileTransfer, Env, Label, Arg, Expose, Volume, User,
                Workdir, StopSignal, Maintainer, Healthcheck, Onbuild, MalformedInstruction {

    /** The parts every instruction has. */
    InstructionSyntax syntax();

    @Override
    default TextRange range() {
        return syntax().range();
    }

    /** The keyword in upper case. */
    default String name() {
        return syntax().name();
    }
}
