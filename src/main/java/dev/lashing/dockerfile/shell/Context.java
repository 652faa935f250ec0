package dev.lashing.dockerfile.shell;

/** Where a command runs, by its innermost enclosing construct. */
public enum Context {
    /** The script itself, including the bodies of if, for, while, case and brace groups. */
    TOP,
    /** Inside {@code ( ... )}. */
    SUBSHELL,
    /** Inside {@code $( ... )} or backticks. */
    COMMAND_SUBSTITUTION,
    /** Inside {@code <( ... )} or {@code >( ... )}. */
    PROCESS_SUBSTITUTION,
    /** Inside a script run by another shell: {@code sh -c '...'} or a heredoc fed to a shell. */
    SHELL_C,
    /** Inside a function body. */
    FUNCTION
}
