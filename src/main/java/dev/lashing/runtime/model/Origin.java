package dev.lashing.runtime.model;

/** Where a value of a {@link ContainerSpec} comes from. */
public enum Origin {
    /** Written in the input (a flag, a YAML key, an INI key), possibly after variable interpolation. */
    EXPLICIT,
    /** Not written: the runtime's default applies, and the value is that default. */
    DEFAULT,
    /** Written, but it depends on something lashing cannot know (an unset variable, a template): no value. */
    UNRESOLVED
}
