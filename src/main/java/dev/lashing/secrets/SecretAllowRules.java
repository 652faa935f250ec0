package dev.lashing.secrets;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Global allow rules and skip lists for secret scanning: cheap string tests on paths and matched
 * values, no regular expressions. An allowed match is still reported, with the reason.
 */
public final class SecretAllowRules {
    /** Published documentation keys (AWS) that are never real. */
    private static final Set<String> KNOWN_EXAMPLES = Set.of("AKIAIOSFODNN7EXAMPLE",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AKIAI44QH8DHBEXAMPLE", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY");
    /** Lower-case fragments that mark a value as a placeholder. */
    private static final String[] PLACEHOLDER_FRAGMENTS = {"example", "xxxxxxxx", "dummy", "placeholder", "your_",
        "your-", "changeme", "change_me", "redacted", "insert_", "replace_me", "replaceme"};
    /** Values that are the name of a secret rather than a secret. */
    private static final Set<String> PLACEHOLDER_VALUES = Set.of("password", "passwd", "pass", "pwd", "pw", "secret",
            "token", "apikey", "api_key", "username", "user", "null", "none", "nil", "undefined", "empty", "changeit",
            "test", "testing", "foobar", "foo", "bar", "baz", "admin", "root");
    /** Directory names whose contents are tests or examples. */
    private static final Set<String> TEST_DIRS = Set.of("test", "tests", "testdata", "testing", "fixtures", "fixture",
            "spec", "specs", "__tests__", "examples", "example", "samples", "sample", "__fixtures__");
    /** Path prefixes (normalised, leading slash) of language runtimes and system docs shipped in images. */
    private static final String[] ALLOWED_PREFIXES = {"/usr/share/", "/usr/include/", "/usr/local/go/",
        "/usr/local/share/", "/usr/lib/ruby/", "/usr/local/lib/ruby/", "/usr/lib/jvm/", "/usr/src/wordpress/",
        "/usr/local/include/", "/opt/conda/pkgs/", "/usr/lib/go/", "/usr/local/bundle/gems/"};
    /** Extensions never worth reading for secrets (images, archives, packages, compiled code). */
    private static final Set<String> SKIPPED_EXTENSIONS = Set.of("jpg", "jpeg", "png", "gif", "bmp", "ico", "webp",
            "svg", "pdf", "zip", "gz", "tgz", "xz", "txz", "zst", "bz2", "tbz2", "7z", "rar", "tar", "jar", "war", "ear",
            "deb", "rpm", "apk", "whl", "egg", "so", "a", "o", "class", "pyc", "pyo", "woff", "woff2", "ttf", "otf",
            "eot", "mp3", "mp4", "mov", "avi", "wasm", "dll", "exe", "dylib", "mo");
    /** Lock and checksum files: long random-looking strings that are hashes, not secrets. */
    private static final Set<String> SKIPPED_NAMES = Set.of("package-lock.json", "npm-shrinkwrap.json", "yarn.lock",
            "pnpm-lock.yaml", "bun.lockb", "go.sum", "go.mod", "cargo.lock", "gemfile.lock", "composer.lock",
            "poetry.lock", "pipfile.lock", "uv.lock", "pdm.lock", "packages.lock.json", "mix.lock", "pubspec.lock",
            "podfile.lock", "gradle.lockfile", "flake.lock", "conan.lock", "deno.lock");

    private SecretAllowRules() {}

    /** A path with forward slashes, no leading {@code ./}, and exactly one leading slash. */
    public static String normalise(String path) {
        String p = path.indexOf('\\') >= 0 ? path.replace('\\', '/') : path;
        int i = 0;
        while (true) {
            if (p.startsWith("/", i)) {
                i++;
            } else if (p.startsWith("./", i)) {
                i += 2;
            } else {
                break;
            }
        }
        return "/" + p.substring(i);
    }

    /** Why a file at {@code path} is allowed to contain secret-looking text, if it is. */
    public static Optional<String> allowedPath(String path) {
        String p = normalise(path);
        String lower = p.toLowerCase(Locale.ROOT);
        for (String prefix : ALLOWED_PREFIXES) {
            if (lower.startsWith(prefix)) {
                return Optional.of("path under " + prefix);
            }
        }
        if (lower.startsWith("/usr/lib/python") || lower.startsWith("/usr/local/lib/python")) {
            return Optional.of("path in a Python installation");
        }
        if (lower.startsWith("/opt/yarn-v")) {
            return Optional.of("path in a Yarn installation");
        }
        if (lower.contains("/vendor/")) {
            return Optional.of("vendored dependency");
        }
        if (lower.contains("/node_modules/")) {
            return Optional.of("path under node_modules/");
        }
        if (lower.contains(".dist-info/") || lower.contains(".egg-info/")) {
            return Optional.of("Python package metadata");
        }
        if (lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".rst")) {
            return Optional.of("documentation file");
        }
        int start = 1;
        int slash;
        while ((slash = lower.indexOf('/', start)) >= 0) {
            String dir = lower.substring(start, slash);
            if (TEST_DIRS.contains(dir)) {
                return Optional.of("path under a " + dir + "/ directory");
            }
            start = slash + 1;
        }
        String name = lower.substring(start);
        if (name.endsWith("_test.go") || name.startsWith("test_") && name.endsWith(".py") || name.endsWith("_test.py")
                || name.contains(".test.") || name.contains(".spec.")) {
            return Optional.of("test file");
        }
        return Optional.empty();
    }

    /**
     * Why a matched secret is allowed, if it is: a documented example key, or a value that is a
     * placeholder, a template variable or one repeated character. {@code match} is the whole match
     * (checked for "example"), {@code secret} its secret part.
     */
    public static Optional<String> allowedValue(CharSequence match, CharSequence secret) {
        String s = secret.toString();
        if (KNOWN_EXAMPLES.contains(s)) {
            return Optional.of("documented example key");
        }
        String lower = s.toLowerCase(Locale.ROOT);
        for (String f : PLACEHOLDER_FRAGMENTS) {
            if (lower.contains(f)) {
                return Optional.of("placeholder value (contains \"" + f + "\")");
            }
        }
        if (PLACEHOLDER_VALUES.contains(lower)) {
            return Optional.of("placeholder value");
        }
        int lt = s.indexOf('<');
        if (lt >= 0 && s.indexOf('>', lt) > lt) {
            return Optional.of("placeholder value (<...>)");
        }
        int dollar = s.indexOf("${");
        if (dollar >= 0 && s.indexOf('}', dollar) > dollar || s.startsWith("$") || s.contains("{{")) {
            return Optional.of("variable reference");
        }
        if (oneRepeatedChar(s)) {
            return Optional.of("one repeated character");
        }
        if (match.length() <= 100_000 && match.toString().toLowerCase(Locale.ROOT).contains("example")) {
            return Optional.of("example value");
        }
        return Optional.empty();
    }

    /** True when the secret, after its first five characters (a token prefix), is one character repeated. */
    private static boolean oneRepeatedChar(String s) {
        if (s.length() < 8) {
            return s.chars().distinct().count() <= 1;
        }
        int from = Math.min(5, s.length() - 4);
        char c = s.charAt(from);
        for (int i = from + 1; i < s.length(); i++) {
            if (s.charAt(i) != c) {
                return false;
            }
        }
        return true;
    }

    /**
     * True for files not worth reading at all: images, archives, packages, compiled code, git
     * objects and lock files.
     */
    public static boolean skipPath(String path) {
        String p = normalise(path);
        if (p.contains("/.git/objects/") || p.contains("/.git/lfs/objects/")) {
            return true;
        }
        String name = p.substring(p.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (SKIPPED_NAMES.contains(name)) {
            return true;
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 && SKIPPED_EXTENSIONS.contains(name.substring(dot + 1));
    }
}
