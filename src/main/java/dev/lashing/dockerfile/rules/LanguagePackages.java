package dev.lashing.dockerfile.rules;

import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Word;
import dev.lashing.dockerfile.syntax.Mount;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What rules need to know about language package managers (pip, npm, yarn, gem, go) and about
 * where their caches go: which command is an install, its package words, and cache mounts.
 */
final class LanguagePackages {
    /** pip install options followed by a separate value. */
    static final Set<String> PIP_VALUE_OPTIONS = Set.of("-r", "--requirement", "-c", "--constraint", "-e",
            "--editable", "-t", "--target", "--platform", "--python-version", "--implementation", "--abi", "--root",
            "--prefix", "--src", "--upgrade-strategy", "--global-option", "--install-option", "-C",
            "--config-settings", "-i", "--index-url", "--extra-index-url", "-f", "--find-links", "--no-binary",
            "--only-binary", "--progress-bar", "--report", "--log", "--proxy", "--retries", "--timeout",
            "--exists-action", "--trusted-host", "--cert", "--client-cert", "--cache-dir", "--python",
            "--root-user-action", "--keyring-provider", "--use-feature", "--use-deprecated", "--group");

    /** yarn (v1 and berry) options followed by a separate value. */
    static final Set<String> YARN_VALUE_OPTIONS = Set.of("--cwd", "--modules-folder", "--cache-folder",
            "--network-timeout", "--mutex", "--registry", "--global-folder", "--link-folder", "--preferred-cache-folder",
            "--network-concurrency", "--child-concurrency", "--use-yarnrc", "--mode");

    private LanguagePackages() {}

    /** The positional words of a yarn command: the verb first, or none for a bare {@code yarn}. */
    static List<Word> yarnPositional(Command c) {
        return c.positionalArgs(YARN_VALUE_OPTIONS);
    }

    /**
     * True when {@code c} is a yarn command that fills the yarn cache: a bare {@code yarn} (which
     * installs), {@code yarn install}, {@code yarn add} or {@code yarn global add}.
     */
    static boolean yarnInstalls(Command c) {
        if (!c.isNamed("yarn") || c.hasFlag("--version", "-v", "--help", "-h")) {
            return false;
        }
        List<Word> pos = yarnPositional(c);
        if (pos.isEmpty()) {
            return true;
        }
        String verb = pos.get(0).text();
        return verb.equals("install") || verb.equals("add")
                || verb.equals("global") && pos.size() > 1 && pos.get(1).text().equals("add");
    }

    /**
     * A pip install found in a script.
     *
     * @param command the command ({@code pip3} or {@code python -m pip})
     * @param install the {@code install} word
     * @param args the arguments after {@code install}
     */
    record PipInstall(Command command, Word install, List<Word> args) {}

    /** {@code pip install}, {@code pip3.12 install} or {@code python3 -m pip install}; empty otherwise. */
    static Optional<PipInstall> pipInstall(Command c) {
        String name = c.simpleName().orElse("");
        List<Word> args = c.args();
        int at;
        if (versioned(name, "pip")) {
            at = 0;
        } else if (versioned(name, "python") && args.size() >= 2 && args.get(0).text().equals("-m")
                && args.get(1).text().equals("pip")) {
            at = 2;
        } else {
            return Optional.empty();
        }
        for (int i = at; i < args.size(); i++) {
            String t = args.get(i).text();
            if (t.equals("install")) {
                return Optional.of(new PipInstall(c, args.get(i), args.subList(i + 1, args.size())));
            }
            if (!t.startsWith("-")) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** True when {@code name} is {@code base} followed only by digits and dots ({@code pip3.12}). */
    static boolean versioned(String name, String base) {
        if (!name.startsWith(base)) {
            return false;
        }
        for (int i = base.length(); i < name.length(); i++) {
            char ch = name.charAt(i);
            if (!(ch == '.' || ch >= '0' && ch <= '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when a pip requirement argument names a version or needs none: a specifier
     * ({@code ==}, {@code >=}, {@code ~=}, {@code <} ...), a direct reference or VCS URL with
     * {@code @ref}, a wheel or sdist file, a local path; a dynamic word is not judged.
     */
    static boolean pipPinned(Word w) {
        String t = w.text();
        if (!w.isStatic()) {
            return true;
        }
        if (t.startsWith("git+") || t.startsWith("hg+") || t.startsWith("svn+") || t.startsWith("bzr+")) {
            String url = t.contains("#") ? t.substring(0, t.indexOf('#')) : t;
            int scheme = url.indexOf("://");
            int at = url.lastIndexOf('@');
            return at > scheme + 2 && !url.substring(at).contains("/");
        }
        return t.contains("=") || t.contains("<") || t.contains(">") || t.contains("@") || t.contains("/") || t.equals(".") || t.endsWith(".whl") || t.endsWith(".tar.gz")
                || t.endsWith(".zip") || t.endsWith(".tgz");
    }

    /** True when the pip command installs from requirement or constraint files, which carry the pins. */
    static boolean pipUsesFiles(Command c) {
        return c.hasFlag("-r", "--requirement", "-c", "--constraint");
    }

    /**
     * True when an npm package argument names a version or needs none: {@code name@1.2.3},
     * {@code @scope/name@^1}, a git URL with {@code #ref}, a tarball, a local path; {@code @latest}
     * is a moving tag, not a version. A dynamic word is not judged.
     */
    static boolean npmPinned(Word w) {
        String t = w.text();
        if (!w.isStatic()) {
            return true;
        }
        if (t.startsWith(".") || t.startsWith("/") || t.startsWith("~") || t.startsWith("file:")
                || t.endsWith(".tgz") || t.endsWith(".tar.gz") || t.endsWith(".tar")) {
            return true;
        }
        boolean scoped = t.startsWith("@");
        if (t.contains("://") || t.startsWith("git+") || t.startsWith("git@") || t.startsWith("github:") || !scoped && t.contains("/")) {
            return t.contains("#");
        }
        int at = t.indexOf('@', scoped ? 1 : 0);
        return at > 0 && at < t.length() - 1 && !t.substring(at + 1).equals("latest");
    }

    /**
     * True when a Go package argument has a version or is local: {@code pkg@v1.2.3} (but not the
     * moving queries {@code @latest}, {@code @upgrade}, {@code @patch} or {@code @none}),
     * relative or absolute paths, {@code .go} files, and standard-library paths (no dot in the
     * first element). A dynamic word is not judged.
     */
    static boolean goPinned(Word w) {
        String t = w.text();
        if (!w.isStatic() || t.startsWith(".") || t.startsWith("/") || t.endsWith(".go")) {
            return true;
        }
        int at = t.lastIndexOf('@');
        if (at >= 0) {
            String v = t.substring(at + 1);
            return !v.isEmpty() && !v.equals("latest") && !v.equals("none") && !v.equals("upgrade")
                    && !v.equals("patch");
        }
        int slash = t.indexOf('/');
        return !(slash < 0 ? t : t.substring(0, slash)).contains(".");
    }

    /** True when a cache or tmpfs mount of {@code run} has a target ending in one of {@code suffixes}. */
    static boolean cacheMountOn(List<Mount> mounts, String... suffixes) {
        for (Mount m : mounts) {
            String target = LayerCleanup.stripSlashes(m.target().orElse(""));
            if (!m.keepsContentOutOfLayer()) {
                continue;
            }
            for (String s : suffixes) {
                if (target.equals(s) || target.endsWith("/" + s) || s.startsWith("/") && target.endsWith(s)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when an {@code rm} after {@code after} among {@code commands} (in source order) removes a
     * path starting with one of {@code prefixes}.
     */
    static boolean removedAfter(List<Command> commands, Command after, String... prefixes) {
        int from = commands.indexOf(after);
        for (Command c : commands.subList(Math.max(from, 0), commands.size())) {
            if (!c.isNamed("rm")) {
                continue;
            }
            for (Word w : c.args()) {
                String path = LayerCleanup.stripSlashes(w.text());
                for (String p : prefixes) {
                    if (path.startsWith(p)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
