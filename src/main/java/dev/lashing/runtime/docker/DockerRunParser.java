package dev.lashing.runtime.docker;

import dev.lashing.core.InputError;
import dev.lashing.core.Location;
import dev.lashing.core.SourceFile;
import dev.lashing.core.TextRange;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Loaded;
import dev.lashing.runtime.model.SourceKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a {@code docker run}, {@code docker container run}, {@code docker create}, {@code docker container
 * create}, {@code podman run} or {@code podman create} command line (or a bare list of run flags, image and
 * command) into one {@link ContainerSpec} of kind {@link SourceKind#DOCKER_RUN}. The command line is the
 * text of a synthetic source file; each value is located at its flag's words, and defaults at the whole
 * command. Bad input becomes located input errors; nothing here throws for bad input.
 */
public final class DockerRunParser {
    private static final Set<String> WRAPPERS = Set.of("sudo", "doas", "exec", "command", "nohup", "time", "env");
    private static final Set<String> SUDO_VALUE_FLAGS = Set.of("-u", "-g", "-C", "-p", "-D", "-r", "-t", "-T", "-U",
            "-h");

    private DockerRunParser() {
    }

    /** Reads a command line written as shell text; env files are left unread. */
    public static Loaded parse(String path, String commandLine) {
        return parse(path, commandLine, Optional.empty());
    }

    /**
     * Reads a command line written as shell text (quotes, backslashes and line continuations as a POSIX
     * shell reads them; {@code $VAR} and other expansions are not performed, and what they set is unresolved).
     *
     * @param path the name shown for the command line in reports
     * @param envFileBase the directory {@code --env-file} paths are relative to; empty to leave env files unread
     */
    public static Loaded parse(String path, String commandLine, Optional<Path> envFileBase) {
        SourceFile file = new SourceFile(path, commandLine);
        List<InputError> errors = new ArrayList<>();
        ShellWords.Split split = ShellWords.split(commandLine);
        for (ShellWords.Problem p : split.problems()) {
            errors.add(InputError.at(file.location(p.range()), p.message()));
        }
        return read(file, split.words(), split.command(), errors, envFileBase);
    }

    /** Reads a command line given as an argument vector (already split and expanded); env files are left unread. */
    public static Loaded parseArgs(String path, List<String> argv) {
        return parseArgs(path, argv, Optional.empty());
    }

    /**
     * Reads a command line given as an argument vector, as a shell passes it: nothing in it is an expansion.
     * The synthetic source holds the words joined with spaces, quoted where the shell would need it.
     *
     * @param envFileBase the directory {@code --env-file} paths are relative to; empty to leave env files unread
     */
    public static Loaded parseArgs(String path, List<String> argv, Optional<Path> envFileBase) {
        StringBuilder text = new StringBuilder();
        List<CommandArg> words = new ArrayList<>();
        for (String arg : argv) {
            if (text.length() > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(quote(arg));
            words.add(CommandArg.literal(arg, new TextRange(start, text.length())));
        }
        SourceFile file = new SourceFile(path, text.toString());
        return read(file, words, new TextRange(0, text.length()), new ArrayList<>(), envFileBase);
    }

    /** The word as a POSIX shell would need it written to read it back unchanged. */
    static String quote(String word) {
        if (!word.isEmpty() && word.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c)
                || "_@%+=:,./-".indexOf(c) >= 0))) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    private static Loaded read(SourceFile file, List<CommandArg> words, TextRange command, List<InputError> errors,
            Optional<Path> envFileBase) {
        if (words.isEmpty()) {
            errors.add(InputError.at(file.location(TextRange.at(0)), "no command to read"));
            return new Loaded(List.of(file), List.of(), errors);
        }
        int i = skipWrappers(words);
        if (i >= words.size() || tool(words.get(i).value()) == null) {
            i = 0;
        }
        RunDialect dialect = RunDialect.DOCKER;
        String invocation = "docker run";
        if (i < words.size() && tool(words.get(i).value()) != null) {
            String tool = tool(words.get(i).value());
            dialect = tool.equals("podman") ? RunDialect.PODMAN : RunDialect.DOCKER;
            int toolAt = i;
            i = RunFlagReader.readGlobal(words, i + 1, file, dialect, errors);
            String group = "";
            if (i < words.size() && words.get(i).value().equals("container")) {
                group = "container ";
                i++;
            }
            String sub = i < words.size() ? words.get(i).value() : "";
            if (!sub.equals("run") && !sub.equals("create")) {
                TextRange at = i < words.size() ? words.get(i).range() : words.get(toolAt).range();
                errors.add(InputError.at(file.location(at), "not a run or create command: lashing reads " + tool
                        + " run, " + tool + " create and their container forms"));
                return new Loaded(List.of(file), List.of(), errors);
            }
            invocation = tool + " " + group + sub;
            i++;
        }
        Location declaredAt = file.location(command);
        ContainerSpec.Builder spec = ContainerSpec.builder(invocation, SourceKind.DOCKER_RUN, declaredAt);
        RunSpecWriter writer = new RunSpecWriter(spec, errors, dialect, envFileBase);
        int image = RunFlagReader.read(words, i, file, writer, errors);
        if (image >= words.size()) {
            errors.add(InputError.at(declaredAt, invocation + " needs an image: none is given after the flags"));
        } else {
            image(file, words, image, writer, errors);
        }
        writer.finish();
        List<SourceFile> sources = new ArrayList<>();
        sources.add(file);
        sources.addAll(writer.envSources());
        return new Loaded(sources, List.of(spec.build()), errors);
    }

    private static void image(SourceFile file, List<CommandArg> words, int at, RunSpecWriter writer,
            List<InputError> errors) {
        CommandArg image = words.get(at);
        Location where = file.location(image.range());
        String text = where.text();
        if (image.expansionAt() == 0) {
            errors.add(InputError.at(where, "the word " + text + " depends on a shell expansion: it may hold flags as"
                    + " well as the image; it is taken as the image"));
        }
        if (image.value().isEmpty()) {
            errors.add(InputError.at(where, "invalid image reference: the image is empty"));
        }
        writer.image(image.value(), image.unresolved(), where, text);
        if (at + 1 < words.size()) {
            List<String> args = new ArrayList<>();
            boolean unresolved = false;
            for (CommandArg a : words.subList(at + 1, words.size())) {
                args.add(a.value());
                unresolved |= a.unresolved();
            }
            TextRange range = words.get(at + 1).range().union(words.get(words.size() - 1).range());
            writer.arguments(args, unresolved, file.location(range), file.text().substring(range.start(), range.end()));
        }
    }

    /** The tool a word names ({@code docker}, {@code /usr/bin/podman}), or null. */
    private static String tool(String word) {
        String base = word.substring(word.lastIndexOf('/') + 1);
        if (base.endsWith(".exe")) {
            base = base.substring(0, base.length() - 4);
        }
        return base.equals("docker") || base.equals("podman") ? base : null;
    }

    /** Skips leading variable assignments and wrappers such as {@code sudo}; returns the index of the next word. */
    private static int skipWrappers(List<CommandArg> words) {
        int i = 0;
        while (i < words.size()) {
            String w = words.get(i).value();
            if (isAssignment(w)) {
                i++;
            } else if (WRAPPERS.contains(w)) {
                i++;
                while (i < words.size() && words.get(i).value().startsWith("-") && words.get(i).value().length() > 1) {
                    i += SUDO_VALUE_FLAGS.contains(words.get(i).value()) && (w.equals("sudo") || w.equals("doas")) ? 2 : 1;
                }
            } else {
                return i;
            }
        }
        return i;
    }

    private static boolean isAssignment(String w) {
        int eq = w.indexOf('=');
        if (eq <= 0 || !(Character.isLetter(w.charAt(0)) || w.charAt(0) == '_')) {
            return false;
        }
        for (int k = 0; k < eq; k++) {
            char c = w.charAt(k);
            if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '_'))) {
                return false;
            }
        }
        return true;
    }
}
