package dev.lashing.report;

import dev.lashing.core.Severity;

/** ANSI styling that collapses to plain text when colour is off. */
final class Style {
    static final String BOLD = "1";
    static final String DIM = "2";
    static final String UNDERLINE = "4";
    static final String RED = "31";
    static final String GREEN = "32";
    static final String YELLOW = "33";
    static final String BLUE = "34";
    static final String CYAN = "36";

    private final boolean color;

    Style(boolean color) {
        this.color = color;
    }

    /** {@code text} wrapped in the SGR codes {@code codes} (e.g. "1;31"), or unchanged without colour. */
    String apply(String codes, String text) {
        if (!color || text.isEmpty()) {
            return text;
        }
        return "\u001b[" + codes + "m" + text + "\u001b[0m";
    }

    /** The colour code used for a severity. */
    static String of(Severity severity) {
        return switch (severity) {
            case ERROR -> RED;
            case WARNING -> YELLOW;
            case INFO -> BLUE;
        };
    }
}
