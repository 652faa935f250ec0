package dev.lashing.dockerfile.shell;

import dev.lashing.core.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A simple command: name, arguments, assignment prefixes and redirections, where it runs and how
 * it is joined to its neighbours, all with Dockerfile source ranges.
 */
public final class Command {
    private final Word name;
    /** Computed once: rules ask for it on every command they look at. */
    private final Optional<String> simpleName;
    private final List<Word> args;
    private final List<Word> assignments;
    private final List<Redirect> redirects;
    private final TextRange range;
    private final Command wrapper;
    private final Command enclosing;
    private final Context context;
    private final Connector before;
    private Pipeline pipeline;
    private int pipelinePosition = -1;

    Command(Word name, List<Word> args, List<Word> assignments, List<Redirect> redirects, TextRange range,
            Command wrapper, Command enclosing, Context context, Connector before) {
        this.name = Objects.requireNonNull(name, "name");
        this.simpleName = basename(name);
        this.args = List.copyOf(args);
        this.assignments = List.copyOf(assignments);
        this.redirects = List.copyOf(redirects);
        this.range = Objects.requireNonNull(range, "range");
        this.wrapper = wrapper;
        this.enclosing = enclosing;
        this.context = Objects.requireNonNull(context, "context");
        this.before = before;
    }

    /** Records the pipeline this command is an element of; called once while the script is built. */
    void joinPipeline(Pipeline p, int position) {
        this.pipeline = p;
        this.pipelinePosition = position;
    }

    /** The command name as written. */
    public Word name() {
        return name;
    }

    /** The basename of the static name ({@code /usr/bin/apt-get} gives {@code apt-get}); empty when dynamic. */
    public Optional<String> simpleName() {
        return simpleName;
    }

    private static Optional<String> basename(Word name) {
        if (!name.isStatic() || name.text().isEmpty()) {
            return Optional.empty();
        }
        String t = name.text();
        int slash = t.lastIndexOf('/');
        return slash >= 0 && slash < t.length() - 1 ? Optional.of(t.substring(slash + 1)) : Optional.of(t);
    }

    /** True when the simple name is one of {@code names}. */
    public boolean isNamed(String... names) {
        if (simpleName.isEmpty()) {
            return false;
        }
        String s = simpleName.get();
        for (String n : names) {
            if (n.equals(s)) {
                return true;
            }
        }
        return false;
    }

    /** The words after the name, redirections excluded. */
    public List<Word> args() {
        return args;
    }

    /** The {@code NAME=value} prefixes (for a command behind {@code env}, the assignments given to env). */
    public List<Word> assignments() {
        return assignments;
    }

    /** The redirections (a command behind a wrapper shares the wrapper's). */
    public List<Redirect> redirects() {
        return redirects;
    }

    /** The Dockerfile source range of the whole command. */
    public TextRange range() {
        return range;
    }

    /** The command this one was found behind ({@code sudo}, {@code env}, {@code xargs} ...). */
    public Optional<Command> wrapper() {
        return Optional.ofNullable(wrapper);
    }

    /**
     * The command in one of whose words this command is nested: the command owning the
     * {@code $(...)} or {@code <(...)}, or the shell running the {@code -c} script or heredoc.
     */
    public Optional<Command> enclosing() {
        return Optional.ofNullable(enclosing);
    }

    /** The pipeline this command is an element of (directly or behind a wrapper). */
    public Optional<Pipeline> pipeline() {
        return Optional.ofNullable(pipeline);
    }

    /** The 0-based element index in {@link #pipeline()}, or -1 when not in a pipeline. */
    public int pipelinePosition() {
        return pipelinePosition;
    }

    /** Where the command runs. */
    public Context context() {
        return context;
    }

    /** How the command is joined to the previous one of its list; empty for the first. */
    public Optional<Connector> before() {
        return Optional.ofNullable(before);
    }

    /**
     * True when one of {@code flags} is given before {@code --}: {@code -y} matches {@code -y} and
     * bundles such as {@code -qy}; {@code --yes} matches {@code --yes} and {@code --yes=value}; any
     * other spelling matches exactly.
     */
    public boolean hasFlag(String... flags) {
        for (Word w : args) {
            String t = w.text();
            if (t.equals("--")) {
                return false;
            }
            for (String f : flags) {
                if (t.equals(f) || isLong(f) && t.startsWith(f + "=") || isShort(f) && isBundle(t)
                        && t.indexOf(f.charAt(1), 1) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The value of the first of {@code flags} given before {@code --}: {@code --opt=value},
     * {@code --opt value}, {@code -o value}, {@code -ovalue} or {@code -qo value}.
     */
    public Optional<Word> flagValue(String... flags) {
        for (int i = 0; i < args.size(); i++) {
            String t = args.get(i).text();
            if (t.equals("--")) {
                return Optional.empty();
            }
            for (String f : flags) {
                if (t.equals(f)) {
                    return i + 1 < args.size() ? Optional.of(args.get(i + 1)) : Optional.empty();
                }
                if (isLong(f) && t.startsWith(f + "=")) {
                    return Optional.of(args.get(i).suffix(f.length() + 1));
                }
                if (isShort(f) && isBundle(t)) {
                    int k = t.indexOf(f.charAt(1), 1);
                    if (k > 0) {
                        if (k + 1 < t.length()) {
                            return Optional.of(args.get(i).suffix(k + 1));
                        }
                        return i + 1 < args.size() ? Optional.of(args.get(i + 1)) : Optional.empty();
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The arguments that are neither flags nor values of {@code flagsTakingValue} (given as
     * {@code -o} or {@code --output}); everything after {@code --}, and a lone {@code -}, is positional.
     */
    public List<Word> positionalArgs(Set<String> flagsTakingValue) {
        List<Word> out = new ArrayList<>();
        boolean rest = false;
        for (int i = 0; i < args.size(); i++) {
            Word w = args.get(i);
            String t = w.text();
            if (rest || t.equals("-") || !t.startsWith("-")) {
                out.add(w);
            } else if (t.equals("--")) {
                rest = true;
            } else if (flagsTakingValue.contains(t)) {
                i++;
            } else if (isBundle(t) && flagsTakingValue.contains("-" + t.charAt(t.length() - 1))) {
                int k = firstValueFlag(t, flagsTakingValue);
                if (k == t.length() - 1) {
                    i++;
                }
            }
        }
        return out;
    }

    private static int firstValueFlag(String bundle, Set<String> flagsTakingValue) {
        for (int k = 1; k < bundle.length(); k++) {
            if (flagsTakingValue.contains("-" + bundle.charAt(k))) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isLong(String f) {
        return f.startsWith("--") && f.length() > 2;
    }

    private static boolean isShort(String f) {
        return f.length() == 2 && f.charAt(0) == '-' && f.charAt(1) != '-';
    }

    private static boolean isBundle(String t) {
        return t.length() > 2 && t.charAt(0) == '-' && t.charAt(1) != '-';
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(name.raw());
        for (Word a : args) {
            sb.append(' ').append(a.raw());
        }
        return sb.toString();
    }
}
