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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one Dockerfile instruction should look like in an image history: the canonical texts (see
 * {@link StepComparator#canonical}) its step may have, with the variables the Dockerfile cannot know
 * as wildcards.
 *
 * @param instruction the instruction
 * @param kind its keyword
 * @param exact canonical texts a step body must equal
 * @param patterns texts with unknown variables, each variable standing for any text
 * @param destination for COPY/ADD: the destination, unknown variables left as written
 * @param argNames for ARG: the names declared
 * @param rawSuffixes for RUN with a shell: what an unreadable step's {@code created_by} may end with
 */
record ExpectedStep(Instruction instruction, String kind, Set<String> exact, List<Wildcard> patterns,
        Optional<Wildcard> destination, Set<String> argNames, Set<String> rawSuffixes) {

    /** What {@code instruction} should look like, given the variables and shell where it stands. */
    static ExpectedStep of(Instruction instruction, Scope scope, List<String> shell, char escape) {
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
                    suffixes.add(StepComparator.canonical("RUN", prefixed));
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
            destination = Optional.of(Wildcard.of(StepComparator.trimSlash(dest)));
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
            String c = StepComparator.canonical(kind, t);
            exact.add(c);
            Wildcard w = Wildcard.of(c);
            if (w.hasVariables()) {
                patterns.add(w);
            }
        }
        return new ExpectedStep(instruction, kind, exact, patterns, destination, names, suffixes);
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
}
