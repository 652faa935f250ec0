package dev.lashing.dockerfile.rules;

import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Word;
import java.util.List;
import java.util.Set;

/** What rules need to know about apk command lines: options taking a value, the verb, package words. */
final class Apk {
    /** apk options followed by a separate value. */
    static final Set<String> VALUE_OPTIONS = Set.of("-X", "--repository", "-t", "--virtual", "-p", "--root",
            "--arch", "--cache-dir", "--repositories-file", "--keys-dir", "--cache-max-age", "--timeout");

    private Apk() {}

    /** The words that are not options: the verb, then packages. */
    static List<Word> positional(Command c) {
        return c.positionalArgs(VALUE_OPTIONS);
    }

    /**
     * True when an {@code apk add} argument names a version ({@code pkg=1.2-r0}, {@code pkg~1.2},
     * {@code pkg>1}, {@code pkg<2}) or needs none ({@code *.apk} files, {@code !pkg} exclusions);
     * dynamic words count as pinned.
     */
    static boolean pinned(Word w) {
        String t = w.text();
        return !w.isStatic() || t.contains("=") || t.contains("~") || t.contains(">") || t.contains("<")
                || t.endsWith(".apk") || t.startsWith("!");
    }

    /** The verb ({@code add}, {@code del} ...), or "" when none. */
    static String verb(Command c) {
        List<Word> pos = positional(c);
        return pos.isEmpty() ? "" : pos.get(0).text();
    }
}
