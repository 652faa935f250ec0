package dev.lashing.config;

import dev.lashing.files.Glob;
import java.util.List;
import java.util.Objects;

/** A per-file ignore: the rule selectors switched off for files matching a glob (relative to the config's base directory). */
public record PathIgnore(String glob, List<String> codes) {

    /** Checks the glob compiles and copies the codes. */
    public PathIgnore {
        Objects.requireNonNull(glob, "glob");
        Glob.compile(glob);
        codes = List.copyOf(codes);
    }

    /** The compiled glob. */
    public Glob matcher() {
        return Glob.compile(glob);
    }
}
