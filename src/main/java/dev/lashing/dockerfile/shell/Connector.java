package dev.lashing.dockerfile.shell;

/** How a command is joined to the command before it in its list. */
public enum Connector {
    /** {@code &&}. */
    AND,
    /** {@code ||}. */
    OR,
    /** {@code ;}, {@code ;;} or a newline. */
    SEQUENCE,
    /** {@code |} or {@code |&}. */
    PIPE,
    /** {@code &}: the previous command runs in the background. */
    BACKGROUND;

    /** The connector spelled {@code op}, or null when {@code op} is not one. */
    static Connector of(String op) {
        return switch (op) {
            case "&&" -> AND;
            case "||" -> OR;
            case ";", ";;", ";&", ";;&", "\n" -> SEQUENCE;
            case "|", "|&" -> PIPE;
            case "&" -> BACKGROUND;
            default -> null;
        };
    }
}
