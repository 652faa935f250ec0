package dev.lashing.dockerfile.rules;

import com.google.re2j.Pattern;
import dev.lashing.core.fix.Applicability;
import dev.lashing.core.fix.Edit;
import dev.lashing.core.fix.Fix;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Connector;
import dev.lashing.dockerfile.shell.Context;
import dev.lashing.dockerfile.shell.Redirect;
import dev.lashing.dockerfile.shell.Word;
import dev.lashing.rules.FindingSink;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What rules need to know about yum, dnf, microdnf and zypper command lines. */
final class RpmManagers {
    /** The yum command. */
    static final String[] YUM = {"yum"};
    /** dnf (4 and 5) and microdnf, which share dnf's verbs and options. */
    static final String[] DNF = {"dnf", "dnf-3", "dnf5", "microdnf"};
    /** The dnf commands that prompt; microdnf always assumes yes ("--assumeyes: does nothing"). */
    static final String[] DNF_PROMPTING = {"dnf", "dnf-3", "dnf5"};
    /** The zypper command. */
    static final String[] ZYPPER = {"zypper"};

    /** The verbs that ask "Is this ok [y/N]" before installing, as hadolint checks them. */
    static final Set<String> INSTALL_VERBS = Set.of("install", "groupinstall", "localinstall");
    /** yum/dnf verbs that download metadata and packages into the cache. */
    static final Set<String> DOWNLOADING_VERBS = Set.of("install", "in", "groupinstall", "localinstall", "reinstall",
            "rei", "update", "upgrade", "up", "upgrade-minimal", "up-min", "update-minimal", "downgrade", "distro-sync");
    /** zypper verbs that download metadata and packages into the cache. */
    static final Set<String> ZYPPER_DOWNLOADING_VERBS = Set.of("install", "in", "update", "up", "patch",
            "dist-upgrade", "dup", "source-install", "si");
    /** zypper verbs that ask before changing the system. */
    static final Set<String> ZYPPER_CHANGING_VERBS = Set.of("install", "in", "remove", "rm", "source-install", "si",
            "patch");

    /** Where yum, dnf, dnf5 and microdnf keep metadata and packages (and {@code /var/cache}, which holds them all). */
    static final Set<String> RPM_CACHE_DIRS = Set.of("/var/cache/yum", "/var/cache/dnf", "/var/cache/libdnf5",
            "/var/cache");
    /** Where zypper keeps metadata and packages. */
    static final Set<String> ZYPPER_CACHE_DIRS = Set.of("/var/cache/zypp", "/var/cache");

    /** yum/dnf/microdnf options followed by a separate value. */
    private static final Set<String> VALUE_OPTIONS = Set.of("-c", "--config", "-d", "--debuglevel", "-e",
            "--errorlevel", "-x", "--exclude", "--excludepkgs", "--installroot", "--releasever", "--enablerepo",
            "--disablerepo", "--repo", "--repoid", "--setopt", "--color", "--rpmverbosity", "--downloaddir",
            "--destdir", "--disableplugin", "--enableplugin", "--forcearch", "--repofrompath", "--advisory",
            "--advisories", "--bz", "--bzs", "--cve", "--cves", "--sec-severity", "--secseverity", "--comment");
    /** zypper global and install options followed by a separate value. */
    private static final Set<String> ZYPPER_VALUE_OPTIONS = Set.of("-c", "--config", "-R", "--root", "--installroot",
            "-D", "--reposd-dir", "-C", "--cache-dir", "--raw-cache-dir", "--solv-cache-dir", "--pkg-cache-dir", "-p",
            "--plus-repo", "--plus-content", "-s", "--table-style", "--userdata", "-r", "--repo", "--from", "-t",
            "--type", "--download", "--releasever");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern DASH = Pattern.compile("-");

    private RpmManagers() {}

    /** True for zypper, false for the yum/dnf family. */
    static boolean isZypper(Command c) {
        return c.isNamed(ZYPPER);
    }

    /** The words that are not options: the verb, then its arguments (packages). */
    static List<Word> positional(Command c) {
        return c.positionalArgs(isZypper(c) ? ZYPPER_VALUE_OPTIONS : VALUE_OPTIONS);
    }

    /** The verb word (for {@code group install}, the word {@code group}). */
    static Optional<Word> verbWord(Command c) {
        List<Word> pos = positional(c);
        return pos.isEmpty() ? Optional.empty() : Optional.of(pos.get(0));
    }

    /** The verb ({@code group install} gives {@code groupinstall}); empty string when there is none. */
    static String verb(Command c) {
        List<Word> pos = positional(c);
        if (pos.isEmpty()) {
            return "";
        }
        String v = pos.get(0).text();
        if ((v.equals("group") || v.equals("groups")) && pos.size() > 1 && pos.get(1).text().equals("install")) {
            return "groupinstall";
        }
        return v;
    }

    /** True when {@code -y}, {@code --assumeyes} or {@code --setopt=assumeyes=1} answers yes to every prompt. */
    static boolean assumesYes(Command c) {
        if (c.hasFlag("-y", "--assumeyes")) {
            return true;
        }
        Optional<Word> setopt = c.flagValue("--setopt");
        return setopt.isPresent() && enablesAssumeYes(setopt.get().text());
    }

    /** True when {@code text} holds {@code assumeyes=1} (or True/yes), as in a yum.conf or dnf.conf edit. */
    static boolean enablesAssumeYes(String text) {
        if (!text.contains("ssume") && !text.contains("SSUME")) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT).replace(" ", "");
        return t.contains("assumeyes=1") || t.contains("assumeyes=true") || t.contains("assumeyes=yes");
    }

    /** True when zypper runs without prompting: {@code -n}, {@code --non-interactive}, {@code --no-confirm} or {@code -y}. */
    static boolean nonInteractive(Command c) {
        return c.hasFlag("-n", "--non-interactive", "--no-confirm", "-y");
    }

    /**
     * True when adding an answer flag to {@code c} cannot change a build that succeeds today: its input is
     * not a pipe or a redirect (which may answer the prompt) and its failure is not tolerated with {@code ||}.
     */
    static boolean promptFailsBuild(Command c, List<Command> all) {
        if (c.pipelinePosition() > 0) {
            return false;
        }
        for (Redirect r : c.redirects()) {
            if (r.operator().startsWith("<")) {
                return false;
            }
        }
        Command next = null;
        for (Command o : all) {
            if (o.range().start() >= c.range().end() && (next == null || o.range().start() < next.range().start())) {
                next = o;
            }
        }
        return next == null || next.before().orElse(Connector.SEQUENCE) != Connector.OR;
    }

    /** True when {@code w} in {@code c} can take a text edit: plain shell-form RUN, not inside a {@code sh -c} string. */
    static boolean editable(DockerfileContext.RunScript run, Command c, Word w) {
        return run.shell() && c.context() != Context.SHELL_C && w.isStatic() && w.raw().equals(w.text());
    }

    /** True when one of {@code later} (a command after {@code from}) cleans the cache of {@code from}'s family. */
    static boolean cleanedAfter(Command from, List<Command> later) {
        boolean zypper = isZypper(from);
        for (Command c : later) {
            if (c.range().start() < from.range().end()) {
                continue;
            }
            if (zypper && isZypper(c) && (verb(c).equals("clean") || verb(c).equals("cc"))) {
                return true;
            }
            if (!zypper && (c.isNamed(YUM) || c.isNamed(DNF)) && verb(c).equals("clean")) {
                List<Word> pos = positional(c);
                if (pos.size() > 1 && pos.get(1).text().equals("all")) {
                    return true;
                }
            }
            if (c.isNamed("rm") && removesAny(c, zypper ? ZYPPER_CACHE_DIRS : RPM_CACHE_DIRS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reports each install-family command of {@code names} that neither answers yes itself nor runs after a
     * RUN that set {@code assumeyes=1}, with a fix inserting {@code -y} after the verb.
     */
    static void checkAssumeYes(DockerfileContext context, FindingSink findings, String... names) {
        boolean configured = false;
        for (DockerfileContext.RunScript run : context.runScripts()) {
            if (configured) {
                return;
            }
            for (Command c : run.script().commandsNamed(names)) {
                Optional<Word> verb = verbWord(c);
                if (verb.isEmpty() || !INSTALL_VERBS.contains(verb(c)) || assumesYes(c)) {
                    continue;
                }
                String tool = c.simpleName().orElse(names[0]);
                String message = tool + " " + verb.get().text() + " without -y waits for an answer that a build "
                        + "cannot give, and fails; add -y (--assumeyes)";
                if (editable(run, c, verb.get())) {
                    findings.report(verb.get().range(), message, Fix.of("Add -y",
                            promptFailsBuild(c, run.script().commands()) ? Applicability.SAFE : Applicability.UNSAFE,
                            Edit.insert(verb.get().range().end(), " -y")));
                } else {
                    findings.report(verb.get().range(), message);
                }
            }
            configured = enablesAssumeYes(run.run().syntax().line().text());
        }
    }

    /**
     * Reports, for each RUN of a shipped stage, the first command of {@code names} running one of {@code verbs}
     * that no later command of the same RUN cleans up after, unless a cache mount covers {@code cacheDirs}.
     * A script the shell model could not fully parse is not judged: the cleanup may sit in the part it missed.
     */
    static void checkCleanup(DockerfileContext context, FindingSink findings, String[] names, Set<String> verbs,
            Set<String> cacheDirs, String mountHint) {
        for (DockerfileContext.RunScript run : context.runScripts()) {
            if (run.stage().isEmpty() || !context.model().isShipped(run.stage().get()) || run.script().hasErrors()
                    || LayerCleanup.cacheMounted(run.run().mounts(), cacheDirs)) {
                continue;
            }
            Optional<Command> install = run.script().commandsNamed(names).stream()
                    .filter(c -> verbs.contains(verb(c)) && !cleanedAfter(c, run.script().commands())).findFirst();
            if (install.isEmpty()) {
                continue;
            }
            Command c = install.get();
            String tool = c.simpleName().orElse(names[0]);
            String cleanup = isZypper(c) ? "zypper clean --all" : tool + " clean all";
            String message = tool + " " + verb(c) + " leaves its package cache (metadata and packages, often tens "
                    + "of MB) in this layer; run " + cleanup + " at the end of the same RUN, or use a cache mount ("
                    + mountHint + ")";
            Optional<Integer> end = LayerCleanup.appendPoint(run);
            if (end.isPresent()) {
                findings.report(c.range(), message, Fix.of("Run " + cleanup + " at the end of the RUN",
                        Applicability.UNSAFE, Edit.insert(end.get(), " && " + cleanup)));
            } else {
                findings.report(c.range(), message);
            }
        }
    }

    /**
     * Reports each package of an {@code install} (or {@code module install}) by {@code names} that names no
     * version; variables are resolved from ARG/ENV, and packages that stay unresolved are not judged.
     */
    static void checkPins(DockerfileContext context, FindingSink findings, String... names) {
        for (DockerfileContext.RunScript run : context.runScripts()) {
            for (Command c : run.script().commandsNamed(names)) {
                List<Word> pos = positional(c);
                String v = verb(c);
                boolean module = v.equals("module") && pos.size() > 1 && pos.get(1).text().equals("install");
                if (!(v.equals("install") || v.equals("in") && isZypper(c) || module) || isZypper(c)
                        && !c.flagValue("-t", "--type").map(t -> t.text().equals("package")).orElse(true)) {
                    continue;
                }
                for (Word w : pos.subList(module ? 2 : 1, pos.size())) {
                    String value = w.isStatic() ? w.text() : w.raw().contains("$(") || w.raw().contains("`") ? null
                            : context.expand(run.run(), w.raw()).resolvedValue().orElse(null);
                    for (String pkg : value == null ? new String[0] : WHITESPACE.split(value.trim())) {
                        if (!pkg.isEmpty() && !(module ? pkg.contains(":") : pinned(pkg, isZypper(c)))) {
                            findings.report(w.range(), c.simpleName().orElse(names[0]) + " installs " + pkg
                                    + " without a version, so each build takes whatever is newest that day; pin it ("
                                    + (module ? pkg + ":STREAM" : isZypper(c) ? pkg + "=VERSION" : pkg + "-VERSION")
                                    + ") where reproducible builds matter more than automatic updates");
                        }
                    }
                }
            }
        }
    }

    /** True when {@code pkg} names a version (or is a file, a URL or a group, which take none). */
    static boolean pinned(String pkg, boolean zypper) {
        if (pkg.endsWith(".rpm") || pkg.contains("/") || pkg.startsWith("@") || pkg.contains("$")) {
            return true;
        }
        if (zypper) {
            return pkg.contains("=") || pkg.contains("<") || pkg.contains(">");
        }
        String[] parts = DASH.split(pkg, -1);
        for (int i = parts.length - 1; i >= 1; i--) {
            if (parts[i].isEmpty() || !parts[i].chars().allMatch(ch -> Character.isLetterOrDigit(ch) && ch < 128
                    || ".~^_:+".indexOf(ch) >= 0)) {
                return false;
            }
            if (Character.isDigit(parts[i].charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static boolean removesAny(Command rm, Set<String> dirs) {
        for (Word w : rm.args()) {
            String path = LayerCleanup.stripSlashes(w.text());
            if (path.endsWith("/*")) {
                path = path.substring(0, path.length() - 2);
            }
            for (String dir : dirs) {
                if (path.equals(dir) || !dir.equals("/var/cache") && path.startsWith(dir)) {
                    return true;
                }
            }
        }
        return false;
    }
}
