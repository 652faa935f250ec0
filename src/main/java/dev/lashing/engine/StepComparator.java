package dev.lashing.engine;

import dev.lashing.dockerfile.model.Scope;
import dev.lashing.dockerfile.syntax.Arg;
import dev.lashing.dockerfile.syntax.ArgDeclaration;
import dev.lashing.dockerfile.syntax.Cmd;
import dev.lashing.dockerfile.syntax.CommandLine;
import dev.lashing.dockerfile.syntax.Entrypoint;
import dev.lashing.dockerfile.syntax.Env;
import dev.lashing.dockerfile.syntax.ExecForm;
import dev.lashing.dockerfile.syntax.FileTransfer;
import dev.lashing.dockerfile.syntax.Heredoc;
import dev.lashing.dockerfile.syntax.Instruction;
import dev.lashing.dockerfile.syntax.KeyValue;
import dev.lashing.dockerfile.syntax.Label;
import dev.lashing.dockerfile.syntax.Run;
import dev.lashing.dockerfile.syntax.Shell;
import dev.lashing.dockerfile.syntax.ShellForm;
import dev.lashing.dockerfile.syntax.Token;
import dev.lashing.dockerfile.syntax.VariableExpander;
import dev.lashing.image.analyzers.HistoryDockerfile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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

    /**
     * What one instruction should look like in the history.
     *
     * @param instruction the instruction
     * @param kind its keyword
     * @param exact canonical texts a step body must equal
     * @param patterns texts with unknown variables, each variable standing for any text
     * @param destination for COPY/ADD: the destination, unknown variables left as written
     * @param argNames for ARG: the names declared
     * @param rawSuffixes for RUN with a shell: what an unreadable step's {@code created_by} may end with
     */
    record Expected(Instruction instruction, String kind, Set<String> exact, List<Wildcard> patterns,
            Optional<Wildcard> destination, Set<String> argNames, Set<String> rawSuffixes) {

        /** What {@code instruction} should look like, given the variables and shell where it stands. */
        static Expected of(Instruction instruction, Scope scope, List<String> shell, char escape) {
            String kind = instruction.name();
            Set<String> texts = new LinkedHashSet<>();
            Set<String> suffixes = new LinkedHashSet<>();
            Optional<Wildcard> destination = Optional.empty();
            Set<String> names = new LinkedHashSet<>();
            if (instruction instanceof Run r) {
                for (String command : runCommands(r)) {
                    texts.add(command);
                    texts.add(Wildcard.substitute(command, scope));
                    if (r.command() instanceof ShellForm) {
                        String prefixed = String.join(" ", shell) + " " + command;
                        texts.add(prefixed);
                        suffixes.add(collapse(prefixed));
                    }
                }
            } else if (instruction instanceof FileTransfer t) {
                List<String> words = new ArrayList<>();
                for (Token source : t.sources()) {
                    words.add(expand(source.text(), escape, scope));
                }
                String dest = expand(t.destination().text(), escape, scope);
                words.add(dest);
                texts.add(String.join(" ", words));
                destination = Optional.of(Wildcard.of(trimSlash(dest)));
            } else if (instruction instanceof Env e) {
                texts.add(pairs(e.pairs(), escape, scope));
            } else if (instruction instanceof Label l) {
                texts.add(pairs(l.pairs(), escape, scope));
            } else if (instruction instanceof Arg a) {
                texts.add(instruction.syntax().arguments().text());
                for (ArgDeclaration d : a.declarations()) {
                    names.add(d.name().text());
                }
            } else if (instruction instanceof Cmd c) {
                texts.addAll(commandForms(c.command(), shell));
            } else if (instruction instanceof Entrypoint e) {
                texts.addAll(commandForms(e.command(), shell));
            } else if (instruction instanceof Shell s) {
                texts.add(list(s.argv().stream().map(Token::text).toList()));
            } else if (kind.equals("HEALTHCHECK") || kind.equals("ONBUILD")) {
                texts.add(instruction.syntax().line().text().strip().substring(instruction.syntax().keyword().text()
                        .length()));
            } else {
                texts.add(expand(instruction.syntax().arguments().text(), escape, scope));
            }
            Set<String> exact = new LinkedHashSet<>();
            List<Wildcard> patterns = new ArrayList<>();
            for (String t : texts) {
                String c = canonical(kind, t);
                exact.add(c);
                Wildcard w = Wildcard.of(c);
                if (w.hasVariables()) {
                    patterns.add(w);
                }
            }
            return new Expected(instruction, kind, exact, patterns, destination, names, suffixes);
        }
    }

    /** How sure it is that {@code step} came from the instruction {@code expected} describes. */
    static Strength compare(Step step, Expected expected) {
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

    /** The command texts a RUN may appear as: as written, as its script, and with its heredocs in place. */
    private static List<String> runCommands(Run r) {
        List<String> out = new ArrayList<>();
        if (r.command() instanceof ExecForm x) {
            out.add(String.join(" ", x.args().stream().map(Token::text).toList()));
            return out;
        }
        ShellForm f = (ShellForm) r.command();
        out.add(f.text().text());
        out.add(f.script().text());
        if (!r.syntax().heredocs().isEmpty()) {
            StringBuilder whole = new StringBuilder(f.text().text());
            for (Heredoc h : r.syntax().heredocs()) {
                whole.append('\n').append(h.content()).append(h.name());
            }
            out.add(whole.toString());
        }
        return out;
    }

    /** CMD/ENTRYPOINT as the builder records them: exec form as is, shell form wrapped in the shell. */
    private static List<String> commandForms(CommandLine command, List<String> shell) {
        if (command instanceof ExecForm x) {
            return List.of(list(x.args().stream().map(Token::text).toList()));
        }
        String text = ((ShellForm) command).text().text();
        List<String> argv = new ArrayList<>(shell);
        argv.add(text);
        return List.of(list(argv), text);
    }

    private static String list(List<String> items) {
        return "[" + String.join(", ", items) + "]";
    }

    private static String pairs(List<KeyValue> pairs, char escape, Scope scope) {
        List<String> out = new ArrayList<>();
        for (KeyValue kv : pairs) {
            out.add(kv.key().text() + "=" + expand(kv.value().text(), escape, scope));
        }
        return String.join(" ", out);
    }

    /** Quotes removed and known variables substituted; unknown references stay as written. */
    private static String expand(String word, char escape, Scope scope) {
        VariableExpander.Expansion x = VariableExpander.expand(word, escape, scope);
        return x.error().isPresent() ? word : x.value();
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
                Set<String> items = new java.util.TreeSet<>();
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

    private static String trimSlash(String path) {
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
