package dev.lashing.engine;

import dev.lashing.image.analyzers.HistoryDockerfile;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Judges how sure it is that one image history step came from one Dockerfile instruction. Both sides
 * are brought to one canonical text per kind: whitespace collapsed; RUN without its {@code /bin/sh -c}
 * (or the stage's SHELL); quotes dropped for the other kinds, whose values the builder expands; EXPOSE
 * and VOLUME as sorted sets. Variables the Dockerfile knows statically are substituted; a variable it
 * cannot know stands for any text (never a guess by itself: the rest of the text must still match).
 */
final class StepComparator {
    /** How sure a pairing is, weakest first. */
    enum Strength {
        /** Different kinds, or the same kind with different content. */
        NONE,
        /** The same kind, but one side says nothing more (an unreadable step, an instruction of variables only). */
        KIND,
        /** Equal up to variables the Dockerfile cannot know, or a COPY/ADD to the same destination, or the same ARG names. */
        PARTIAL,
        /** Equal after normalisation (and substitution of the variables known statically). */
        EXACT
    }

    private static final Set<String> KINDS = Set.of("RUN", "CMD", "ENTRYPOINT", "ENV", "ARG", "LABEL", "EXPOSE",
            "VOLUME", "USER", "WORKDIR", "COPY", "ADD", "SHELL", "STOPSIGNAL", "ONBUILD", "MAINTAINER", "HEALTHCHECK");
    private static final String COMMENT = "# history: ";

    private StepComparator() {}

    /**
     * One history step as the matcher sees it.
     *
     * @param index the history index
     * @param kind the instruction keyword it was made by, empty when unknown
     * @param body the canonical text after the keyword, empty when unreadable
     * @param readable false when only the kind could be read
     * @param raw the whole {@code created_by}, whitespace collapsed, without BuildKit's marker
     */
    record Step(int index, String kind, String body, boolean readable, String raw) {

        /** Reads history step {@code index} from its {@code created_by}. */
        static Step of(int index, String createdBy) {
            String raw = createdBy.strip();
            if (raw.endsWith("# buildkit")) {
                raw = raw.substring(0, raw.length() - "# buildkit".length());
            }
            raw = collapse(raw);
            String text = HistoryDockerfile.instructionOf(createdBy);
            if (text.startsWith(COMMENT)) {
                String word = firstWord(text.substring(COMMENT.length()));
                return new Step(index, KINDS.contains(word) ? word : "", "", false, raw);
            }
            String keyword = firstWord(text);
            if (text.startsWith("#") || !KINDS.contains(keyword)) {
                return new Step(index, "", "", false, raw);
            }
            String body = text.substring(keyword.length()).strip();
            String wrapped = "<<" + HistoryDockerfile.HEREDOC_DELIMITER + "\n";
            if (keyword.equals("RUN") && body.startsWith(wrapped)) {
                body = body.substring(wrapped.length(), body.length() - HistoryDockerfile.HEREDOC_DELIMITER.length());
            }
            if (keyword.equals("COPY") || keyword.equals("ADD")) {
                body = withoutFlags(body);
            }
            return new Step(index, keyword, canonical(keyword, body), true, raw);
        }
    }

    /** How sure it is that {@code step} came from the instruction {@code expected} describes. */
    static Strength compare(Step step, ExpectedStep expected) {
        if (step.kind().isEmpty()) {
            boolean run = expected.kind().equals("RUN");
            if (run && (expected.exact().contains(step.raw())
                    || expected.rawSuffixes().stream().anyMatch(s -> step.raw().endsWith(" " + s)))) {
                return Strength.EXACT;
            }
            return Strength.NONE;
        }
        if (!step.kind().equals(expected.kind())) {
            return Strength.NONE;
        }
        if (!step.readable()) {
            return Strength.KIND;
        }
        if (expected.exact().contains(step.body())) {
            return Strength.EXACT;
        }
        if (expected.destination().isPresent()) {
            String dest = trimSlash(lastWord(step.body()));
            Wildcard wanted = expected.destination().get();
            return dest.isEmpty() ? Strength.KIND : wildcard(wanted, dest);
        }
        if (!expected.argNames().isEmpty()) {
            return argNames(step.body()).equals(expected.argNames()) ? Strength.PARTIAL : Strength.NONE;
        }
        Strength best = Strength.NONE;
        for (Wildcard w : expected.patterns()) {
            Strength s = wildcard(w, step.body());
            if (s.compareTo(best) > 0) {
                best = s;
            }
        }
        return best;
    }

    private static Strength wildcard(Wildcard w, String text) {
        if (!w.matches(text)) {
            return Strength.NONE;
        }
        if (!w.hasVariables()) {
            return Strength.PARTIAL;
        }
        return w.hasLiteral() ? Strength.PARTIAL : Strength.KIND;
    }


    /** The canonical text of an instruction's arguments, the same for the Dockerfile and the history. */
    static String canonical(String kind, String text) {
        switch (kind) {
            case "RUN" -> {
                return collapse(text);
            }
            case "CMD", "ENTRYPOINT", "SHELL" -> {
                return unquoted(text.replace('[', ' ').replace(']', ' ').replace(',', ' '));
            }
            case "EXPOSE", "VOLUME" -> {
                Set<String> items = new TreeSet<>();
                for (String item : unquoted(text.replace('[', ' ').replace(']', ' ').replace(',', ' ')).split(" ")) {
                    if (!item.isEmpty()) {
                        items.add(kind.equals("EXPOSE") && !item.contains("/") ? item + "/tcp" : item);
                    }
                }
                return String.join(" ", items);
            }
            default -> {
                return unquoted(text);
            }
        }
    }

    private static String unquoted(String text) {
        return collapse(text.replace("\\\"", "").replace("\"", "").replace("'", ""));
    }

    private static String collapse(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String withoutFlags(String body) {
        String rest = body;
        while (rest.startsWith("--")) {
            int space = rest.indexOf(' ');
            rest = space < 0 ? "" : rest.substring(space + 1).stripLeading();
        }
        return rest;
    }

    private static Set<String> argNames(String body) {
        Set<String> names = new LinkedHashSet<>();
        for (String word : body.split(" ")) {
            int eq = word.indexOf('=');
            if (!word.isEmpty()) {
                names.add(eq < 0 ? word : word.substring(0, eq));
            }
        }
        return names;
    }

    static String trimSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String lastWord(String text) {
        String first = text.lines().findFirst().orElse("").strip();
        return first.substring(first.lastIndexOf(' ') + 1);
    }

    private static String firstWord(String s) {
        int i = 0;
        while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return s.substring(0, i).toUpperCase(Locale.ROOT).equals(s.substring(0, i)) ? s.substring(0, i) : "";
    }
}
