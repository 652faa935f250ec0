package dev.lashing.core;

/** Whether a rule can offer a fix: never, for some findings, or for every finding. */
public enum FixAvailability {
    NONE,
    SOMETIMES,
    ALWAYS
}
