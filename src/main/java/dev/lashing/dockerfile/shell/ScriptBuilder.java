package dev.lashing.dockerfile.shell;

import dev.lashing.core.TextRange;
import dev.lashing.dockerfile.syntax.LogicalText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/** Turns a parsed bash tree into {@link Command}s and {@link Pipeline}s with Dockerfile ranges. */
final class ScriptBuilder {
    private static final com.google.re2j.Pattern WHITESPACE = com.google.re2j.Pattern.compile("\\s+");
    private static final com.google.re2j.Pattern FD_TARGET = com.google.re2j.Pattern.compile("[0-9]+-?|-");
    /** Scripts longer than this are not parsed. */
    static final int MAX_LENGTH = 1 << 20;
    /** How deep {@code sh -c '...'} scripts are followed. */
    static final int MAX_SHELL_DEPTH = 4;
    /** How many wrappers are looked through on one command. */
    static final int MAX_WRAPPERS = 8;

    static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "zsh", "ksh", "ash", "mksh");

    private static final Set<String> STATEMENTS = Set.of("command", "declaration_command", "unset_command",
            "negated_command", "redirected_statement", "subshell", "compound_statement", "if_statement",
            "elif_clause", "else_clause", "while_statement", "for_statement", "c_style_for_statement",
            "case_statement", "case_item", "do_group", "function_definition", "test_command", "variable_assignment",
            "variable_assignments", "ERROR");

    final List<Command> commands = new ArrayList<>();
    final List<Pipeline> pipelines = new ArrayList<>();
    final List<ShellError> errors = new ArrayList<>();

    /** Parses {@code script} and adds what it finds; {@code coarse}, when set, replaces every range. */
    void addScript(LogicalText script, Context context, Command enclosing, TextRange coarse, int shellDepth) {
        if (script.length() > MAX_LENGTH) {
            errors.add(new ShellError("script longer than " + MAX_LENGTH + " characters is not analysed",
                    coarse != null ? coarse : script.sourceRange()));
            return;
        }
        if (foreignShebang(script.text())) {
            return;
        }
        BashParser.Result tree = BashParser.parse(script.text());
        Walk walk = new Walk(script, coarse, shellDepth);
        String prefix = shellDepth > 0 ? "in the script run by a shell: " : "";
        for (BashParser.Problem p : tree.problems()) {
            String near = script.text().substring(p.start(), Math.min(p.end(), p.start() + 30)).replace("\n", " ");
            String message = prefix + p.message() + (near.isBlank() ? "" : " near '" + near.strip() + "'");
            errors.add(new ShellError(message, walk.range(p.start(), p.end())));
        }
        walk.sequence(tree.root().children, context, enclosing);
    }

    /**
     * True when the script starts with a {@code #!} line naming an interpreter that is not a POSIX
     * shell (BuildKit runs such a heredoc with that interpreter, so it is not shell text).
     */
    static boolean foreignShebang(String text) {
        if (!text.startsWith("#!")) {
            return false;
        }
        int eol = text.indexOf('\n');
        String[] parts = WHITESPACE.split(text.substring(2, eol < 0 ? text.length() : eol).trim());
        String program = parts[0].substring(parts[0].lastIndexOf('/') + 1);
        if (program.equals("env")) {
            program = "";
            for (int i = 1; i < parts.length; i++) {
                if (!parts[i].startsWith("-")) {
                    program = parts[i];
                    break;
                }
            }
        }
        return !SHELLS.contains(program);
    }

    /** Adds the one command of an exec-form instruction. */
    void addExec(List<Word> words) {
        Command c = new Command(words.get(0), words.subList(1, words.size()), List.of(), List.of(),
                words.get(0).range().union(words.get(words.size() - 1).range()), null, null, Context.TOP, null);
        commands.add(c);
        List<Command> levels = unwrap(c, List.of(), new ArrayList<>());
        Command innermost = levels.get(levels.size() - 1);
        ShellCommand sc = ShellCommand.of(innermost);
        if (sc != null && sc.script() != null && sc.script().isStatic()) {
            Word w = sc.script();
            String text = w.text();
            boolean exact = w.range().length() == text.length() + 2;
            LogicalText.Builder b = new LogicalText.Builder();
            for (int i = 0; i < text.length(); i++) {
                b.append(text.charAt(i), exact ? w.range().start() + 1 + i : w.range().start());
            }
            addScript(b.build(w.range().start()), Context.SHELL_C, innermost, exact ? null : w.range(), 1);
        }
    }

    /**
     * Adds the commands {@code c} runs through wrappers and returns the chain from {@code c} to the
     * innermost; {@code starts} receives the index in {@code c.args()} of each level's name (-1 for c).
     */
    private List<Command> unwrap(Command c, List<Redirect> redirects, List<Integer> starts) {
        List<Command> levels = new ArrayList<>();
        levels.add(c);
        starts.add(-1);
        Command current = c;
        int offset = 0;
        for (int k = 0; k < MAX_WRAPPERS; k++) {
            Wrappers.Inner in = Wrappers.inner(current);
            if (in == null) {
                break;
            }
            List<Word> rest = current.args();
            Word name = rest.get(in.nameIndex());
            TextRange ir = name.range().union(rest.get(rest.size() - 1).range());
            Command inner = new Command(name, rest.subList(in.nameIndex() + 1, rest.size()), in.assignments(),
                    redirects, ir, current, c.enclosing().orElse(null), c.context(), c.before().orElse(null));
            commands.add(inner);
            offset += in.nameIndex() + 1;
            levels.add(inner);
            starts.add(offset - 1);
            current = inner;
        }
        return levels;
    }

    /** Walks one parsed script. */
    private final class Walk {
        private final LogicalText script;
        private final TextRange coarse;
        private final int shellDepth;

        Walk(LogicalText script, TextRange coarse, int shellDepth) {
            this.script = script;
            this.coarse = coarse;
            this.shellDepth = shellDepth;
        }

        TextRange range(int start, int end) {
            return coarse != null ? coarse : script.sourceRange(start, end);
        }

        Word word(SyntaxNode n) {
            String raw = script.text().substring(n.start, n.end);
            Quoting.Unquoted u = Quoting.unquote(raw);
            return new Word(raw, u == null ? java.util.Optional.empty() : java.util.Optional.of(u.value()),
                    range(n.start, n.end));
        }

        /** An element of a list, with the connector before it and redirections applying to it. */
        private record Item(SyntaxNode node, Connector before, List<SyntaxNode> redirects) {}

        /** Handles the children of a node that holds statements separated by operators and keywords. */
        void sequence(List<SyntaxNode> children, Context context, Command enclosing) {
            Deque<SyntaxNode> work = new ArrayDeque<>(children);
            List<Item> items = new ArrayList<>();
            Connector pending = null;
            boolean fresh = true;
            while (!work.isEmpty()) {
                SyntaxNode n = work.pollFirst();
                if (n.type.equals("#redirects")) {
                    if (!items.isEmpty()) {
                        items.get(items.size() - 1).redirects().addAll(n.children);
                    }
                    continue;
                }
                if (!n.named) {
                    Connector c = Connector.of(n.type);
                    if (c != null) {
                        pending = c;
                        fresh = false;
                    } else if (!n.type.isEmpty()) {
                        pending = null;
                        fresh = true;
                    }
                    continue;
                }
                if (n.type.equals("list") || n.type.equals("pipeline")) {
                    pushFront(work, n.children);
                    continue;
                }
                if (n.type.equals("redirected_statement")) {
                    SyntaxNode body = n.child("body");
                    if (body != null && (body.type.equals("list") || body.type.equals("pipeline"))) {
                        SyntaxNode marker = new SyntaxNode("#redirects", false, null, n.start, n.end);
                        for (SyntaxNode c : n.children) {
                            if (c != body) {
                                marker.children.add(c);
                            }
                        }
                        work.addFirst(marker);
                        work.addFirst(body);
                        continue;
                    }
                }
                if (n.type.equals("comment")) {
                    continue;
                }
                if (STATEMENTS.contains(n.type)) {
                    Connector before = pending != null ? pending : fresh ? null : Connector.SEQUENCE;
                    items.add(new Item(n, before, new ArrayList<>()));
                    pending = null;
                    fresh = false;
                } else {
                    expression(n, context, enclosing);
                }
            }
            int i = 0;
            while (i < items.size()) {
                int j = i + 1;
                while (j < items.size() && items.get(j).before() == Connector.PIPE) {
                    j++;
                }
                if (j - i == 1) {
                    Item it = items.get(i);
                    statement(it.node(), context, enclosing, it.before(), it.redirects(), null);
                } else {
                    pipeline(items.subList(i, j), context, enclosing);
                }
                i = j;
            }
        }

        private void pushFront(Deque<SyntaxNode> work, List<SyntaxNode> nodes) {
            for (int k = nodes.size() - 1; k >= 0; k--) {
                work.addFirst(nodes.get(k));
            }
        }

        private void pipeline(List<Item> elements, Context context, Command enclosing) {
            List<Command> direct = new ArrayList<>();
            List<List<Command>> members = new ArrayList<>();
            for (Item it : elements) {
                List<Command> chain = new ArrayList<>();
                statement(it.node(), context, enclosing, it.before(), it.redirects(), chain);
                members.add(chain);
                if (!chain.isEmpty()) {
                    direct.add(chain.get(0));
                }
            }
            SyntaxNode first = elements.get(0).node();
            SyntaxNode last = elements.get(elements.size() - 1).node();
            Pipeline p = new Pipeline(direct, range(first.start, last.end), first.type.equals("negated_command"));
            pipelines.add(p);
            for (int k = 0; k < members.size(); k++) {
                for (Command c : members.get(k)) {
                    c.joinPipeline(p, k);
                }
            }
        }

        /** Handles one statement; a simple command and the commands behind its wrappers go to {@code chain}. */
        private void statement(SyntaxNode n, Context context, Command enclosing, Connector before,
                List<SyntaxNode> redirects, List<Command> chain) {
            switch (n.type) {
                case "command", "declaration_command", "unset_command" ->
                        command(n, context, enclosing, before, redirects, chain);
                case "negated_command" -> {
                    for (SyntaxNode c : n.children) {
                        if (c.named) {
                            statement(c, context, enclosing, before, redirects, chain);
                        }
                    }
                }
                case "redirected_statement" -> {
                    SyntaxNode body = n.child("body");
                    List<SyntaxNode> all = new ArrayList<>(redirects);
                    for (SyntaxNode c : n.children) {
                        if (c != body) {
                            all.add(c);
                        }
                    }
                    if (body != null) {
                        statement(body, context, enclosing, before, all, chain);
                    } else {
                        all.forEach(r -> expression(r, context, enclosing));
                    }
                }
                case "subshell" -> sequence(n.children, Context.SUBSHELL, enclosing);
                case "function_definition" -> sequence(n.children, Context.FUNCTION, enclosing);
                case "variable_assignment", "variable_assignments", "test_command" -> expression(n, context, enclosing);
                default -> {
                    sequence(n.children, context, enclosing);
                    redirects.forEach(r -> expression(r, context, enclosing));
                }
            }
        }

        private void command(SyntaxNode n, Context context, Command enclosing, Connector before,
                List<SyntaxNode> extraRedirects, List<Command> chain) {
            SyntaxNode nameNode = null;
            List<SyntaxNode> argNodes = new ArrayList<>();
            List<SyntaxNode> assignNodes = new ArrayList<>();
            List<SyntaxNode> redirectNodes = new ArrayList<>();
            boolean declaration = !n.type.equals("command");
            for (SyntaxNode c : n.children) {
                if (declaration && nameNode == null && !c.named && !c.type.isEmpty()) {
                    nameNode = c;
                } else if (!c.named) {
                    continue;
                } else if (c.type.endsWith("_redirect")) {
                    redirectNodes.add(c);
                } else if ("name".equals(c.field)) {
                    nameNode = c;
                } else if (c.type.equals("variable_assignment") && !declaration && nameNode == null) {
                    assignNodes.add(c);
                } else if (!c.type.equals("comment")) {
                    argNodes.add(c);
                }
            }
            redirectNodes.addAll(extraRedirects);
            if (nameNode == null) {
                for (SyntaxNode c : n.children) {
                    expression(c, context, enclosing);
                }
                return;
            }
            List<Word> args = argNodes.stream().map(this::word).toList();
            List<SyntaxNode> allRedirects = new ArrayList<>();
            for (SyntaxNode rn : redirectNodes) {
                allRedirects.add(rn);
                for (SyntaxNode inner : rn.children) {
                    if (inner.type.endsWith("_redirect")) {
                        allRedirects.add(inner);
                    }
                }
            }
            List<Redirect> redirects = allRedirects.stream().map(this::redirect).toList();
            TextRange r = range(n.start, n.end);
            for (SyntaxNode rn : redirectNodes) {
                r = r.union(range(rn.start, rn.end));
            }
            Command c = new Command(word(nameNode), args, assignNodes.stream().map(this::word).toList(), redirects,
                    r, null, enclosing, context, before);
            commands.add(c);
            List<Integer> starts = new ArrayList<>();
            List<Command> levels = unwrap(c, redirects, starts);
            Command current = levels.get(levels.size() - 1);
            if (chain != null) {
                chain.addAll(levels);
            }
            Command innermost = current;
            for (SyntaxNode a : assignNodes) {
                expression(a, context, c);
            }
            expression(nameNode, context, c);
            for (int k = 0; k < argNodes.size(); k++) {
                Command owner = c;
                for (int l = levels.size() - 1; l >= 0; l--) {
                    if (k >= starts.get(l)) {
                        owner = levels.get(l);
                        break;
                    }
                }
                expression(argNodes.get(k), context, owner);
            }
            ShellCommand sc = ShellCommand.of(innermost);
            boolean heredocShell = sc != null && sc.script() == null && sc.readsStdin();
            for (SyntaxNode rn : redirectNodes) {
                SyntaxNode body = heredocBody(rn);
                if (body != null && heredocShell) {
                    followShell(script.slice(body.start, body.end), innermost);
                    continue;
                }
                expression(rn, context, innermost);
            }
            if (sc != null && sc.script() != null && sc.script().isStatic()) {
                SyntaxNode scriptNode = argNodes.get(starts.get(starts.size() - 1) + 1 + sc.scriptIndex());
                followShell(mapped(scriptNode), innermost);
            }
        }

        private void followShell(LogicalText inner, Command shell) {
            if (shellDepth + 1 > MAX_SHELL_DEPTH) {
                errors.add(new ShellError("scripts nested deeper than " + MAX_SHELL_DEPTH + " shells are not analysed",
                        shell.range()));
                return;
            }
            addScript(inner, Context.SHELL_C, shell, coarse, shellDepth + 1);
        }

        /** The value of a static word as a logical text whose characters keep their Dockerfile offsets. */
        private LogicalText mapped(SyntaxNode n) {
            String raw = script.text().substring(n.start, n.end);
            Quoting.Unquoted u = Quoting.unquote(raw);
            LogicalText.Builder b = new LogicalText.Builder();
            int[] idx = u.sourceIndex();
            for (int i = 0; i < idx.length; i++) {
                b.append(u.value().charAt(i), script.sourceOffset(n.start + idx[i]));
            }
            return b.build(script.sourceOffset(n.start));
        }

        private SyntaxNode heredocBody(SyntaxNode redirect) {
            if (!redirect.type.equals("heredoc_redirect")) {
                return null;
            }
            for (SyntaxNode c : redirect.children) {
                if (c.type.equals("heredoc_body")) {
                    return c;
                }
            }
            return null;
        }

        private Redirect redirect(SyntaxNode n) {
            SyntaxNode target = null;
            int opEnd = n.start;
            for (SyntaxNode c : n.children) {
                if (c.type.equals("heredoc_body") || c.type.equals("heredoc_end") || c.type.endsWith("_redirect")) {
                    continue;
                }
                if (!c.named || c.type.equals("file_descriptor")) {
                    if (target == null) {
                        opEnd = c.end;
                    }
                } else if (target == null) {
                    target = c;
                }
            }
            String op = script.text().substring(n.start, Math.max(n.start, opEnd));
            if (target == null) {
                return new Redirect(op, new Word("", java.util.Optional.of(""), range(opEnd, opEnd)),
                        range(n.start, Math.max(n.start, opEnd)));
            }
            Word t = word(target);
            if ((op.endsWith(">&") || op.endsWith("<&")) && FD_TARGET.matches(t.text())) {
                op = op + t.text();
            }
            int end = n.type.equals("heredoc_redirect") ? target.end : n.end;
            return new Redirect(op, t, range(n.start, end));
        }

        /** Looks through a word or expression for command and process substitutions. */
        void expression(SyntaxNode n, Context context, Command enclosing) {
            switch (n.type) {
                case "command_substitution" -> sequence(n.children, Context.COMMAND_SUBSTITUTION, enclosing);
                case "process_substitution" -> sequence(n.children, Context.PROCESS_SUBSTITUTION, enclosing);
                case "ERROR" -> sequence(n.children, context, enclosing);
                default -> {
                    if (STATEMENTS.contains(n.type) && !n.type.startsWith("variable_assignment")
                            && !n.type.equals("test_command")) {
                        sequence(List.of(n), context, enclosing);
                        return;
                    }
                    for (SyntaxNode c : n.children) {
                        expression(c, context, enclosing);
                    }
                }
            }
        }
    }
}
