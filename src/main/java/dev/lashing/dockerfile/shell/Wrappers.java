package dev.lashing.dockerfile.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Knows the commands that run another command given in their arguments ({@code sudo}, {@code env} ...). */
final class Wrappers {
    private Wrappers() {}

    /** How to skip a wrapper's own arguments: options taking a value, positionals before the command. */
    private record Spec(Set<String> valueFlags, int positionals, boolean assignments, Set<String> notWrapping) {
        Spec(Set<String> valueFlags, int positionals) {
            this(valueFlags, positionals, false, Set.of());
        }
    }

    private static final Map<String, Spec> SPECS = Map.ofEntries(
            Map.entry("sudo", new Spec(Set.of("-u", "-g", "-h", "-p", "-U", "-C", "-D", "-r", "-t", "-T", "--user",
                    "--group", "--host", "--prompt", "--other-user", "--close-from", "--chdir", "--role", "--type",
                    "--command-timeout"), 0, true, Set.of("-l", "-v", "-k", "-K", "-e", "--list", "--validate", "--edit"))),
            Map.entry("doas", new Spec(Set.of("-u", "-C"), 0)),
            Map.entry("env", new Spec(Set.of("-u", "--unset", "-C", "--chdir", "-S", "--split-string"), 0, true,
                    Set.of())),
            Map.entry("xargs", new Spec(Set.of("-I", "-n", "-P", "-L", "-s", "-d", "-E", "-a", "--arg-file",
                    "--delimiter", "--max-args", "--max-procs", "--max-lines", "--max-chars", "--replace", "--eof"), 0)),
            Map.entry("nice", new Spec(Set.of("-n", "--adjustment"), 0)),
            Map.entry("nohup", new Spec(Set.of(), 0)),
            Map.entry("time", new Spec(Set.of("-f", "--format", "-o", "--output"), 0)),
            Map.entry("exec", new Spec(Set.of("-a"), 0)),
            Map.entry("command", new Spec(Set.of(), 0, false, Set.of("-v", "-V"))),
            Map.entry("builtin", new Spec(Set.of(), 0)),
            Map.entry("timeout", new Spec(Set.of("-s", "--signal", "-k", "--kill-after"), 1)),
            Map.entry("gosu", new Spec(Set.of(), 1)),
            Map.entry("su-exec", new Spec(Set.of(), 1)),
            Map.entry("chroot", new Spec(Set.of("--userspec", "--groups"), 1)),
            Map.entry("tini", new Spec(Set.of("-p", "-e"), 0)),
            Map.entry("dumb-init", new Spec(Set.of("-r", "--rewrite"), 0)),
            Map.entry("stdbuf", new Spec(Set.of("-i", "-o", "-e", "--input", "--output", "--error"), 0)),
            Map.entry("ionice", new Spec(Set.of("-c", "-n", "--class", "--classdata"), 0, false, Set.of("-p", "-P", "-u"))),
            Map.entry("setpriv", new Spec(Set.of("--reuid", "--regid", "--groups", "--inh-caps", "--ambient-caps",
                    "--bounding-set", "--securebits", "--pdeathsig", "--selinux-label", "--apparmor-profile"), 0)),
            Map.entry("runuser", new Spec(Set.of("-u", "-g", "-G", "--user", "--group"), 0)),
            Map.entry("busybox", new Spec(Set.of(), 0)),
            Map.entry("catatonit", new Spec(Set.of(), 0)),
            Map.entry("unbuffer", new Spec(Set.of(), 0)));

    /** Where the wrapped command starts in a wrapper's arguments, and the assignments given to the wrapper. */
    record Inner(int nameIndex, List<Word> assignments) {}

    /** The command {@code c} runs, or null when it is not a wrapper or wraps nothing. */
    static Inner inner(Command c) {
        Spec spec = c.simpleName().map(SPECS::get).orElse(null);
        if (spec == null) {
            return null;
        }
        List<Word> args = c.args();
        List<Word> assignments = new ArrayList<>();
        int positionals = spec.positionals();
        boolean options = true;
        for (int i = 0; i < args.size(); i++) {
            Word w = args.get(i);
            if (!w.isStatic()) {
                return positionals == 0 ? new Inner(i, assignments) : null;
            }
            String t = w.text();
            if (spec.notWrapping().contains(t)) {
                return null;
            }
            if (options && t.equals("--")) {
                options = false;
                if (positionals == 0) {
                    return i + 1 < args.size() ? new Inner(i + 1, assignments) : null;
                }
                continue;
            }
            if (options && t.startsWith("-") && t.length() > 1) {
                if (spec.valueFlags().contains(t)) {
                    i++;
                }
                continue;
            }
            if (spec.assignments() && isAssignment(t)) {
                assignments.add(w);
                continue;
            }
            if (positionals > 0) {
                options = false;
                positionals--;
                continue;
            }
            return new Inner(i, assignments);
        }
        return null;
    }

    private static boolean isAssignment(String t) {
        int eq = t.indexOf('=');
        if (eq <= 0) {
            return false;
        }
        for (int i = 0; i < eq; i++) {
            char ch = t.charAt(i);
            if (!(Character.isLetterOrDigit(ch) || ch == '_') || i == 0 && Character.isDigit(ch)) {
                return false;
            }
        }
        return true;
    }
}
