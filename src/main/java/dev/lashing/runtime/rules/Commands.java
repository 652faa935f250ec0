package dev.lashing.runtime.rules;

import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.EnvVar;
import dev.lashing.runtime.model.Sourced;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The commands a container spec runs, and its literal environment, as rules need them. */
final class Commands {
    private static final Set<String> SHELLS = Set.of("sh", "bash", "ash", "dash", "zsh");
    private static final Set<String> SEPARATORS = Set.of("&&", "||", ";", "|", "&");

    private Commands() {}

    /**
     * The simple commands of the spec's command: the argv itself, or, for {@code sh -c "script"}, the
     * script's commands split at white space and at {@code && || ; |} (quotes are not interpreted:
     * good enough to find a program and its flags).
     */
    static List<List<String>> simpleCommands(List<String> argv) {
        if (argv.size() >= 3 && SHELLS.contains(basename(argv.get(0))) && argv.get(1).equals("-c")) {
            List<List<String>> out = new ArrayList<>();
            List<String> current = new ArrayList<>();
            for (String word : words(argv.get(2))) {
                String w = word.replace("\"", "").replace("'", "");
                if (SEPARATORS.contains(w) || w.endsWith(";")) {
                    if (w.endsWith(";") && w.length() > 1) {
                        current.add(w.substring(0, w.length() - 1));
                    }
                    out.add(current);
                    current = new ArrayList<>();
                } else if (!w.isEmpty() && !(current.isEmpty() && w.equals("exec"))) {
                    current.add(w);
                }
            }
            out.add(current);
            out.removeIf(List::isEmpty);
            return out;
        }
        return List.of(argv);
    }

    /** The literal environment variables of the spec by name (later ones win, as runtimes do). */
    static Map<String, String> literalEnv(ContainerSpec spec) {
        Map<String, String> env = new HashMap<>();
        for (Sourced<EnvVar> e : spec.env()) {
            e.known().ifPresent(v -> v.value().ifPresent(value -> env.put(v.name(), value)));
        }
        return env;
    }

    /** {@code text} split at white space (no regular expression: the text is untrusted). */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
            } else {
                cur.append(c);
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }

    private static String basename(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
