package dev.lashing.dockerfile.rules;

import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Word;
import java.util.List;
import java.util.Set;

/** What rules need to know about apt-get/apt command lines: options, verbs, assume-yes, package arguments. */
final class Apt {
    /** apt-get options followed by a separate value. */
    static final Set<String> VALUE_OPTIONS = Set.of("-o", "--option", "-c", "--config-file", "-t", "--target-release",
            "-a", "--host-architecture");

    /** Verbs that apt and apt-get both know with the same meaning (apt-get can stand in for apt). */
    static final Set<String> SHARED_VERBS = Set.of("install", "reinstall", "update", "remove", "purge", "autoremove",
            "autopurge", "dist-upgrade", "clean", "autoclean", "source", "build-dep", "download", "changelog",
            "satisfy", "check", "distclean", "dist-clean");

    private Apt() {}

    /** The words that are not options: the verb, then packages. */
    static List<Word> positional(Command c) {
        return c.positionalArgs(VALUE_OPTIONS);
    }

    /** The verb ({@code install}, {@code update} ...): the first positional word, or "" when none. */
    static String verb(Command c) {
        List<Word> pos = positional(c);
        return pos.isEmpty() ? "" : pos.get(0).text();
    }

    /**
     * True when the command answers its own prompts: {@code -y}, {@code --yes}, {@code --assume-yes},
     * quiet level 2 ({@code -qq}, {@code -q -q}, {@code -q=2}, which implies -y), {@code -o
     * APT::Get::Assume-Yes=true}, or {@code yes |} piped in; a simulation ({@code -s}) never prompts either.
     */
    static boolean assumesYes(Command c) {
        if (c.hasFlag("-y", "--yes", "--assume-yes", "-s", "--simulate", "--just-print", "--dry-run", "--recon",
                "--no-act") || quietLevel(c) >= 2 || enables(c, "APT::Get::Assume-Yes")) {
            return true;
        }
        if (c.pipeline().isPresent()) {
            List<Command> elements = c.pipeline().get().commands();
            for (int i = 0; i < c.pipelinePosition() && i < elements.size(); i++) {
                if (elements.get(i).isNamed("yes")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when an install argument names a version or needs none: {@code pkg=1.2-3}, a release
     * or path ({@code pkg/bookworm-backports}, {@code ./x.deb}), a {@code .deb} file. A dynamic word
     * ({@code $PACKAGES}) is not judged.
     */
    static boolean pinned(Word w) {
        String t = w.text();
        return !w.isStatic() || t.contains("=") || t.contains("/") || t.endsWith(".deb");
    }

    private static int quietLevel(Command c) {
        int level = 0;
        for (Word w : c.args()) {
            String t = w.text();
            if (t.equals("--")) {
                break;
            }
            if (t.startsWith("-q=") || t.startsWith("--quiet=")) {
                try {
                    level = Integer.parseInt(t.substring(t.indexOf('=') + 1).trim());
                } catch (NumberFormatException e) {
                    level++;
                }
            } else if (t.equals("--quiet")) {
                level++;
            } else if (t.length() > 1 && t.charAt(0) == '-' && t.charAt(1) != '-') {
                for (int k = 1; k < t.length() && "octa".indexOf(t.charAt(k)) < 0; k++) {
                    level += t.charAt(k) == 'q' ? 1 : 0;
                }
            }
        }
        return level;
    }

    /** True when an {@code -o Key=value} option sets {@code key} (case-insensitively) to true, yes or 1. */
    static boolean enables(Command c, String key) {
        String v = optionValue(c, key);
        return v != null && (v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("yes"));
    }

    /** True when an {@code -o Key=value} option sets {@code key} (case-insensitively) to false or 0. */
    static boolean disables(Command c, String key) {
        String v = optionValue(c, key);
        return v != null && (v.equalsIgnoreCase("false") || v.equals("0") || v.equalsIgnoreCase("no"));
    }

    /** The value the last {@code -o key=value} option gives {@code key}, or null. */
    private static String optionValue(Command c, String key) {
        String found = null;
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
                found = value.substring(key.length() + 1).replace("\"", "").trim();
            }
        }
        return found;
    }
}
