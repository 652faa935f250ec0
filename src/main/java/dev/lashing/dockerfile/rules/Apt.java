package dev.lashing.dockerfile.rules;

import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Word;
import java.util.List;
import java.util.Set;

/** What rules need to know about apt-get/apt command lines: the options that take a value. */
final class Apt {
    /** apt-get options followed by a separate value. */
    static final Set<String> VALUE_OPTIONS = Set.of("-o", "--option", "-c", "--config-file", "-t", "--target-release",
            "-a", "--host-architecture");

    private Apt() {}

    /** The words that are not options: the verb, then packages. */
    static List<Word> positional(Command c) {
        return c.positionalArgs(VALUE_OPTIONS);
    }

    /** True when an {@code -o Key=value} option sets {@code key} (case-insensitively) to false or 0. */
    static boolean disables(Command c, String key) {
        List<Word> args = c.args();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i).text();
            String value = null;
            if ((a.equals("-o") || a.equals("--option")) && i + 1 < args.size()) {
                value = args.get(i + 1).text();
            } else if (a.startsWith("-o") && a.length() > 2 && !a.startsWith("--")) {
                value = a.substring(2);
            } else if (a.startsWith("--option=")) {
                value = a.substring("--option=".length());
            }
            if (value != null && value.regionMatches(true, 0, key + "=", 0, key.length() + 1)) {
                String v = value.substring(key.length() + 1).replace("\"", "").trim();
                if (v.equalsIgnoreCase("false") || v.equals("0") || v.equalsIgnoreCase("no")) {
                    return true;
                }
            }
        }
        return false;
    }
}
