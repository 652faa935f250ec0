package dev.lashing.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules of one {@code .gitignore} (or {@code .git/info/exclude}), relative to the directory it
 * applies to: comments, blank lines, {@code !} negation, {@code \#} and {@code \!} escapes, trailing
 * {@code /} for directories, leading {@code /} anchoring; the last matching rule decides.
 */
final class IgnoreFile {
    private record Rule(Glob glob, boolean negated) {}

    private final List<Rule> rules;

    private IgnoreFile(List<Rule> rules) {
        this.rules = rules;
    }

    /** Parses the text of an ignore file. */
    static IgnoreFile parse(String text) {
        List<Rule> rules = new ArrayList<>();
        for (String raw : text.split("\n", -1)) {
            String line = stripTrailingSpaces(raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean negated = false;
            if (line.startsWith("!")) {
                negated = true;
                line = line.substring(1);
            }
            if (line.isEmpty() || line.chars().allMatch(c -> c == '/')) {
                continue;
            }
            rules.add(new Rule(Glob.compile(line), negated));
        }
        return new IgnoreFile(List.copyOf(rules));
    }

    /** Reads {@code file}, or returns empty when it does not exist or cannot be read. */
    static Optional<IgnoreFile> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            return Optional.of(parse(new String(bytes, StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Empty when no rule matches {@code relPath}; otherwise whether the last matching rule ignores it. */
    Optional<Boolean> decide(String relPath, boolean directory) {
        for (int i = rules.size() - 1; i >= 0; i--) {
            Rule r = rules.get(i);
            if (r.glob().matches(relPath, directory)) {
                return Optional.of(!r.negated());
            }
        }
        return Optional.empty();
    }

    private static String stripTrailingSpaces(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ' && !(end >= 2 && s.charAt(end - 2) == '\\')) {
            end--;
        }
        return s.substring(0, end);
    }
}
