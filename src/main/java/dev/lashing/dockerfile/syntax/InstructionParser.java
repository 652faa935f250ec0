package dev.lashing.dockerfile.syntax;

import dev.lashing.core.TextRange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Turns one logical instruction line into its typed instruction, applying the checks BuildKit's
 * parser and instruction parser apply (argument counts, JSON arrays of strings, flags allowed per
 * instruction, HEALTHCHECK options). Each problem is recorded with the range of the offending text.
 */
final class InstructionParser {
    private enum FlagType {
        STRING,
        STRINGS,
        BOOL
    }

    /** Flags BuildKit accepts, per instruction (stable and labs syntax). */
    private static final Map<String, Map<String, FlagType>> FLAGS = Map.of(
            "FROM", Map.of("platform", FlagType.STRING),
            "RUN", Map.of("mount", FlagType.STRINGS, "network", FlagType.STRING, "security", FlagType.STRING,
                    "device", FlagType.STRINGS),
            "COPY", Map.of("from", FlagType.STRING, "chown", FlagType.STRING, "chmod", FlagType.STRING,
                    "link", FlagType.BOOL, "parents", FlagType.BOOL, "exclude", FlagType.STRINGS),
            "ADD", Map.of("chown", FlagType.STRING, "chmod", FlagType.STRING, "link", FlagType.BOOL,
                    "keep-git-dir", FlagType.BOOL, "checksum", FlagType.STRING, "exclude", FlagType.STRINGS,
                    "parents", FlagType.BOOL, "unpack", FlagType.BOOL),
            "HEALTHCHECK", Map.of("interval", FlagType.STRING, "timeout", FlagType.STRING,
                    "start-period", FlagType.STRING, "start-interval", FlagType.STRING, "retries", FlagType.STRING));

    private static final Set<String> KNOWN = Set.of("FROM", "RUN", "CMD", "ENTRYPOINT", "SHELL", "COPY", "ADD",
            "ENV", "LABEL", "ARG", "EXPOSE", "VOLUME", "USER", "WORKDIR", "STOPSIGNAL", "MAINTAINER",
            "HEALTHCHECK", "ONBUILD");

    /** True when {@code word} is an instruction keyword, in any case. */
    static boolean isKeyword(String word) {
        return KNOWN.contains(word.toUpperCase(Locale.ROOT));
    }

    private final char escape;
    private final List<ParseIssue> issues = new ArrayList<>();

    InstructionParser(char escape) {
        this.escape = escape;
    }

    List<ParseIssue> issues() {
        return issues;
    }

    private void error(String message, TextRange range) {
        issues.add(ParseIssue.error(message, range));
    }

    /** True for RUN, COPY and ADD in shell form, also as an ONBUILD trigger: they may carry heredocs. */
    boolean canContainHeredoc(Instruction inst) {
        Instruction i = inst instanceof Onbuild o ? o.trigger() : inst;
        return i instanceof Run r && r.command() instanceof ShellForm
                || i instanceof FileTransfer t && !t.json();
    }

    /** Parses a logical line spanning {@code range} in the source. */
    Instruction parse(LogicalText line, TextRange range, List<Comment> inner, List<Heredoc> heredocs) {
        int n = line.length();
        int start = GoText.skipSpace(line, 0, n);
        int end = GoText.trimEnd(line, start, n);
        LogicalText trimmed = line.slice(start, end);
        return parseTrimmed(trimmed, range, inner, heredocs, "");
    }

    private Instruction parseTrimmed(
            LogicalText trimmed, TextRange range, List<Comment> inner, List<Heredoc> heredocs, String context) {
        int k = 0;
        while (k < trimmed.length() && !GoText.isSplitSpace(trimmed.charAt(k))) {
            k++;
        }
        Token keyword = trimmed.token(0, k);
        int restStart = k;
        while (restStart < trimmed.length() && GoText.isSplitSpace(trimmed.charAt(restStart))) {
            restStart++;
        }
        Words.FlagSplit split = Words.extractFlags(trimmed.slice(restStart, trimmed.length()));
        List<Flag> flags = split.flags().stream().map(Words::toFlag).toList();
        LogicalText args = split.rest();
        InstructionSyntax syntax = new InstructionSyntax(range, keyword, flags, args, heredocs, inner, trimmed);
        String name = syntax.name();
        int before = issues.size();
        Instruction result;
        if (keyword.text().isEmpty()) {
            error(context + "empty instruction", trimmed.sourceRange());
            result = new MalformedInstruction(syntax, "empty instruction");
        } else if (!KNOWN.contains(name)) {
            String problem = "unknown instruction: " + keyword.text();
            error(context + problem, keyword.range());
            result = new MalformedInstruction(syntax, problem);
        } else {
            if (!name.equals("HEALTHCHECK") && !name.equals("STOPSIGNAL")) {
                checkFlags(name, flags, context);
            }
            result = typed(name, syntax, args, context);
        }
        if (result instanceof MalformedInstruction || issues.size() == before) {
            return result;
        }
        return result;
    }

    private Instruction typed(String name, InstructionSyntax syntax, LogicalText args, String context) {
        try {
            return switch (name) {
                case "FROM" -> from(syntax, args);
                case "RUN" -> new Run(syntax, command(args, syntax.heredocs()), mounts(syntax));
                case "CMD" -> new Cmd(syntax, command(args, List.of()));
                case "ENTRYPOINT" -> new Entrypoint(syntax, command(args, List.of()));
                case "SHELL" -> shell(syntax, args);
                case "COPY", "ADD" -> fileTransfer(name, syntax, args);
                case "ENV", "LABEL" -> keyValues(name, syntax, args);
                case "ARG" -> arg(syntax, args);
                case "EXPOSE" -> new Expose(syntax, atLeastOne(name, args, Words.splitWhitespace(args)));
                case "VOLUME" -> volume(syntax, args);
                case "USER" -> new User(syntax, exactlyOne(name, args));
                case "WORKDIR" -> new Workdir(syntax, exactlyOne(name, args));
                case "STOPSIGNAL" -> new StopSignal(syntax, exactlyOne(name, args));
                case "MAINTAINER" -> new Maintainer(syntax, exactlyOne(name, args));
                case "HEALTHCHECK" -> healthcheck(syntax, args);
                case "ONBUILD" -> onbuild(syntax, args);
                default -> throw new Malformed("unknown instruction: " + name, syntax.keyword().range());
            };
        } catch (Malformed m) {
            error(context + m.getMessage(), m.range);
            return new MalformedInstruction(syntax, m.getMessage());
        }
    }

    /** An argument error that makes BuildKit reject the instruction. */
    private static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient TextRange range;

        Malformed(String message, TextRange range) {
            super(message, null, false, false);
            this.range = range;
        }
    }

    private void checkFlags(String name, List<Flag> flags, String context) {
        Map<String, FlagType> allowed = FLAGS.getOrDefault(name, Map.of());
        Set<String> used = new HashSet<>();
        for (Flag f : flags) {
            FlagType type = allowed.get(f.name());
            if (type == null) {
                String hint = allowed.isEmpty() ? name + " takes no flags"
                        : "allowed: --" + String.join(", --", allowed.keySet().stream().sorted().toList());
                error(context + "unknown flag: " + f.name() + " (" + hint + ")", f.range());
                continue;
            }
            if (!used.add(f.name()) && type != FlagType.STRINGS) {
                error(context + "duplicate flag specified: " + f.name(), f.range());
            }
            if (type == FlagType.BOOL) {
                if (f.value().isPresent()) {
                    String v = f.value().get().toLowerCase(Locale.ROOT);
                    if (v.isEmpty()) {
                        error(context + "missing a value on flag: " + f.name(), f.range());
                    } else if (!v.equals("true") && !v.equals("false")) {
                        error(context + "expecting boolean value for flag " + f.name() + ", not: " + f.value().get(),
                                f.range());
                    }
                }
            } else if (f.value().isEmpty()) {
                error(context + "missing a value on flag: " + f.name(), f.range());
            }
        }
    }

    private From from(InstructionSyntax syntax, LogicalText args) throws Malformed {
        List<LogicalText> parts = Words.splitWhitespace(args);
        if (parts.size() == 3 && parts.get(1).text().equalsIgnoreCase("as")) {
            String stage = parts.get(2).text().toLowerCase(Locale.ROOT);
            if (!validStageName(stage)) {
                throw new Malformed("invalid name for build stage: \"" + parts.get(2).text()
                        + "\", name can't start with a number or contain symbols", parts.get(2).sourceRange());
            }
            return new From(syntax, parts.get(0).token(), Optional.of(parts.get(2).token()));
        }
        if (parts.size() != 1) {
            throw new Malformed("FROM requires either one or three arguments",
                    args.length() == 0 ? syntax.keyword().range() : args.sourceRange());
        }
        return new From(syntax, parts.get(0).token(), Optional.empty());
    }

    private static boolean validStageName(String s) {
        if (s.isEmpty() || s.charAt(0) < 'a' || s.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    private CommandLine command(LogicalText args, List<Heredoc> heredocs) throws Malformed {
        JsonArray.Result json = JsonArray.parse(args);
        if (json instanceof JsonArray.NotStrings) {
            throw new Malformed("when using JSON array syntax, arrays must be comprised of strings only",
                    args.sourceRange());
        }
        if (json instanceof JsonArray.Strings s) {
            return new ExecForm(s.values(), args.sourceRange());
        }
        return shellForm(args, heredocs);
    }

    private ShellForm shellForm(LogicalText args, List<Heredoc> heredocs) {
        if (heredocs.isEmpty()) {
            return new ShellForm(args, args, false);
        }
        HeredocMarker lone = HeredocMarker.parse(args);
        if (lone != null && heredocs.size() == 1 && Words.shellWords(args).size() == 1) {
            return new ShellForm(args, scriptLine(heredocs.get(0).body(), heredocs.get(0).chomp()), true);
        }
        LogicalText.Builder b = new LogicalText.Builder();
        b.append(args);
        int newlineAt = args.sourceOffset(args.length());
        b.append('\n', newlineAt);
        for (Heredoc h : heredocs) {
            b.append(scriptLine(h.body(), false));
            TextRange t = h.terminator();
            for (int i = t.start(); i < t.end(); i++) {
                b.append(h.marker().text().isEmpty() ? ' ' : terminatorChar(h, i - t.start()), i);
            }
            b.append('\n', t.end());
        }
        return new ShellForm(args, b.build(args.sourceOffset(args.length())), false);
    }

    private static char terminatorChar(Heredoc h, int index) {
        int tabs = h.terminator().length() - h.name().length();
        return index < tabs ? '\t' : h.name().charAt(index - tabs);
    }

    /** The body as a shell reads it: CR before LF dropped, leading tabs dropped for {@code <<-}. */
    private static LogicalText scriptLine(LogicalText body, boolean chomp) {
        LogicalText.Builder b = new LogicalText.Builder();
        boolean lineStart = true;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                continue;
            }
            if (chomp && lineStart && c == '\t') {
                continue;
            }
            lineStart = c == '\n';
            b.append(c, body.sourceOffset(i));
        }
        return b.build(body.sourceOffset(body.length()));
    }

    private List<Mount> mounts(InstructionSyntax syntax) {
        return syntax.flags("mount").stream().map(Mount::parse).toList();
    }

    private Shell shell(InstructionSyntax syntax, LogicalText args) throws Malformed {
        JsonArray.Result json = JsonArray.parse(args);
        if (json instanceof JsonArray.NotStrings) {
            throw new Malformed("when using JSON array syntax, arrays must be comprised of strings only",
                    args.sourceRange());
        }
        if (args.length() == 0 || json instanceof JsonArray.Strings s && s.values().isEmpty()) {
            throw new Malformed("SHELL requires at least one argument", syntax.keyword().range());
        }
        if (!(json instanceof JsonArray.Strings s)) {
            throw new Malformed("SHELL requires the arguments to be in JSON form, e.g. SHELL [\"/bin/sh\", \"-c\"]",
                    args.sourceRange());
        }
        return new Shell(syntax, s.values());
    }

    private Instruction fileTransfer(String name, InstructionSyntax syntax, LogicalText args) throws Malformed {
        JsonArray.Result json = JsonArray.parse(args);
        if (json instanceof JsonArray.NotStrings) {
            throw new Malformed("when using JSON array syntax, arrays must be comprised of strings only",
                    args.sourceRange());
        }
        boolean isJson = json instanceof JsonArray.Strings;
        List<Token> parts = isJson ? ((JsonArray.Strings) json).values()
                : Words.splitWhitespace(args).stream().map(LogicalText::token).toList();
        if (parts.size() < 2) {
            throw new Malformed(name + " requires at least two arguments, but only one was provided. "
                    + "Destination could not be determined",
                    args.length() == 0 ? syntax.keyword().range() : args.sourceRange());
        }
        Token dest = parts.get(parts.size() - 1);
        if (HeredocMarker.parse(dest.text()) != null) {
            throw new Malformed(name + " cannot accept a heredoc as a destination", dest.range());
        }
        List<Token> sources = parts.subList(0, parts.size() - 1);
        return name.equals("COPY") ? new Copy(syntax, sources, dest, isJson) : new Add(syntax, sources, dest, isJson);
    }

    private Instruction keyValues(String name, InstructionSyntax syntax, LogicalText args) throws Malformed {
        List<LogicalText> words = Words.parseWords(args, escape);
        if (words.isEmpty()) {
            throw new Malformed(name + " requires at least one argument", syntax.keyword().range());
        }
        List<KeyValue> pairs = new ArrayList<>();
        if (words.get(0).text().indexOf('=') < 0) {
            List<LogicalText> parts = Words.splitWhitespaceOnce(args);
            if (parts.size() < 2) {
                throw new Malformed(name + " must have two arguments", args.sourceRange());
            }
            pairs.add(new KeyValue(parts.get(0).token(), parts.get(1).token(), true));
        } else {
            for (LogicalText w : words) {
                int eq = w.text().indexOf('=');
                if (eq < 0) {
                    throw new Malformed("Syntax error - can't find = in \"" + w.text()
                            + "\". Must be of the form: name=value", w.sourceRange());
                }
                if (eq == 0) {
                    throw new Malformed(name + " names can not be blank", w.sourceRange());
                }
                pairs.add(new KeyValue(w.token(0, eq), w.token(eq + 1, w.length()), false));
            }
        }
        return name.equals("ENV") ? new Env(syntax, pairs) : new Label(syntax, pairs);
    }

    private Arg arg(InstructionSyntax syntax, LogicalText args) throws Malformed {
        List<LogicalText> words = Words.parseWords(args, escape);
        if (words.isEmpty()) {
            throw new Malformed("ARG requires at least one argument", syntax.keyword().range());
        }
        List<ArgDeclaration> decls = new ArrayList<>();
        for (LogicalText w : words) {
            int eq = w.text().indexOf('=');
            if (eq == 0) {
                throw new Malformed("ARG names can not be blank", w.sourceRange());
            }
            decls.add(eq < 0 ? new ArgDeclaration(w.token(), Optional.empty())
                    : new ArgDeclaration(w.token(0, eq), Optional.of(w.token(eq + 1, w.length()))));
        }
        return new Arg(syntax, decls);
    }

    private Volume volume(InstructionSyntax syntax, LogicalText args) throws Malformed {
        JsonArray.Result json = JsonArray.parse(args);
        if (json instanceof JsonArray.NotStrings) {
            throw new Malformed("when using JSON array syntax, arrays must be comprised of strings only",
                    args.sourceRange());
        }
        boolean isJson = json instanceof JsonArray.Strings;
        List<Token> paths = isJson ? ((JsonArray.Strings) json).values()
                : Words.splitWhitespace(args).stream().map(LogicalText::token).toList();
        if (paths.isEmpty()) {
            throw new Malformed("VOLUME requires at least one argument", syntax.keyword().range());
        }
        for (Token p : paths) {
            if (p.text().isBlank()) {
                throw new Malformed("VOLUME specified can not be an empty string", p.range());
            }
        }
        return new Volume(syntax, paths, isJson);
    }

    private List<Token> atLeastOne(String name, LogicalText args, List<LogicalText> parts) throws Malformed {
        if (parts.isEmpty()) {
            throw new Malformed(name + " requires at least one argument", args.sourceRange());
        }
        return parts.stream().map(LogicalText::token).toList();
    }

    private Token exactlyOne(String name, LogicalText args) throws Malformed {
        if (args.length() == 0) {
            throw new Malformed(name + " requires exactly one argument", args.sourceRange());
        }
        return args.token();
    }

    private Healthcheck healthcheck(InstructionSyntax syntax, LogicalText args) throws Malformed {
        int sep = 0;
        while (sep < args.length() && !GoText.isSpace(args.charAt(sep))) {
            sep++;
        }
        if (sep == 0) {
            throw new Malformed("HEALTHCHECK requires at least one argument", syntax.keyword().range());
        }
        Token type = args.token(0, sep);
        LogicalText rest = args.slice(GoText.skipSpace(args, sep, args.length()), args.length());
        String typ = type.text().toUpperCase(Locale.ROOT);
        if (typ.equals("NONE")) {
            if (rest.length() > 0) {
                throw new Malformed("HEALTHCHECK NONE takes no arguments", rest.sourceRange());
            }
            return new Healthcheck(syntax, type, Optional.empty());
        }
        checkFlags("HEALTHCHECK", syntax.flags(), "");
        if (!typ.equals("CMD")) {
            throw new Malformed("Unknown type \"" + type.text() + "\" in HEALTHCHECK (try CMD)", type.range());
        }
        CommandLine cmd = command(rest, List.of());
        if (rest.length() == 0 || cmd instanceof ExecForm e && e.args().isEmpty()) {
            throw new Malformed("Missing command after HEALTHCHECK CMD", type.range());
        }
        for (String option : List.of("interval", "timeout", "start-period", "start-interval")) {
            syntax.flag(option).flatMap(Flag::value).filter(v -> !v.isEmpty()).ifPresent(v -> {
                OptionalLong nanos = GoDuration.parseNanos(v);
                if (nanos.isEmpty()) {
                    error("time: invalid duration \"" + v + "\" for --" + option, syntax.flag(option).get().range());
                } else if (nanos.getAsLong() != 0 && nanos.getAsLong() < 1_000_000L) {
                    error("Interval \"" + option + "\" cannot be less than 1ms", syntax.flag(option).get().range());
                }
            });
        }
        syntax.flag("retries").flatMap(Flag::value).filter(v -> !v.isEmpty()).ifPresent(v -> {
            try {
                long retries = Long.parseLong(v);
                if (retries < 1 || retries > Integer.MAX_VALUE) {
                    error("--retries must be at least 1 (not " + v + ")", syntax.flag("retries").get().range());
                }
            } catch (NumberFormatException e) {
                error("invalid value for --retries: " + v, syntax.flag("retries").get().range());
            }
        });
        return new Healthcheck(syntax, type, Optional.of(cmd));
    }

    private Onbuild onbuild(InstructionSyntax syntax, LogicalText args) throws Malformed {
        if (args.length() == 0) {
            throw new Malformed("ONBUILD requires at least one argument", syntax.keyword().range());
        }
        int k = 0;
        while (k < args.length() && !GoText.isSplitSpace(args.charAt(k))) {
            k++;
        }
        String trigger = args.text().substring(0, k).toUpperCase(Locale.ROOT);
        switch (trigger) {
            case "ONBUILD" -> throw new Malformed("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed",
                    args.sourceRange(0, k));
            case "MAINTAINER", "FROM" -> throw new Malformed(trigger + " isn't allowed as an ONBUILD trigger",
                    args.sourceRange(0, k));
            default -> {
                // any other instruction may be a trigger
            }
        }
        Instruction inner = parseTrimmed(args, args.sourceRange(), List.of(), syntax.heredocs(), "ONBUILD trigger: ");
        return new Onbuild(syntax, inner);
    }
}
