package dev.lashing.dockerfile.syntax;

/**
 * A command run by the stage's shell.
 *
 * @param text the command as written on the instruction line (continuations removed)
 * @param script what the shell actually executes: the text followed by the heredoc bodies, or,
 *     when the command is a lone heredoc ({@code RUN <<EOF}), that heredoc's body
 * @param heredocScript true when {@code script} is the body of a lone heredoc
 */
public record ShellForm(LogicalText text, LogicalText script, boolean heredocScript) implements CommandLine {}
