package dev.lashing.core.fix;

/** How safe it is to apply a fix without a human looking at it. */
public enum Applicability {
    /** The image and its behaviour are unchanged; applied by {@code --fix}. */
    SAFE,
    /** The result is valid but behaviour may change; applied only with {@code --unsafe-fixes}. */
    UNSAFE,
    /** Shown as a suggestion, never applied automatically. */
    DISPLAY_ONLY
}
