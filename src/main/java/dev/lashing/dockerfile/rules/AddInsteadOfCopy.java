package dev.lashing.dockerfile.rules;

import dev.lashing.core.FixAvailability;
import dev.lashing.core.Severity;
import dev.lashing.core.fix.Applicability;
import dev.lashing.core.fix.Edit;
import dev.lashing.core.fix.Fix;
import dev.lashing.dockerfile.syntax.Add;
import dev.lashing.dockerfile.syntax.Token;
import dev.lashing.dockerfile.syntax.VariableExpander;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** ADD of local files or directories that are not archives, where COPY does the same thing plainly. */
@Rule(
        id = "DF003",
        name = "add-instead-of-copy",
        summary = "ADD used where COPY suffices (local files that are not archives)",
        severity = Severity.WARNING,
        practices = {"P20"},
        aliases = {"DL3020", "DS-0005", "DS005", "CKV_DOCKER_4", "CIS-DI-0009"},
        references = {"CIS Docker Benchmark 4.9"},
        fix = FixAvailability.SOMETIMES)
public final class AddInsteadOfCopy implements DockerfileRule {
    /** Suffixes of files ADD may extract (it detects tar, gzip, bzip2, xz and zstd by content). */
    private static final List<String> ARCHIVE_SUFFIXES = List.of(".tar", ".tgz", ".tbz", ".tbz2", ".txz", ".tzst",
            ".gz", ".bz2", ".xz", ".zst", ".lz4", ".lzma", ".z");
    /** Extensions of files that are certainly not tar archives. */
    private static final Set<String> PLAIN = Set.of("sh", "bash", "py", "rb", "pl", "js", "mjs", "cjs", "ts", "json",
            "yaml", "yml", "toml", "ini", "conf", "cfg", "cnf", "config", "properties", "xml", "txt", "md", "html",
            "htm", "css", "env", "lock", "jar", "war", "ear", "zip", "whl", "so", "go", "mod", "sum", "rs", "java",
            "c", "h", "cpp", "php", "lua", "sql", "csv", "pem", "crt", "cert", "key", "pub", "asc", "gpg", "repo",
            "list", "service", "template", "tmpl", "tpl", "j2", "ps1", "bat", "cmd", "exe", "dll", "png", "jpg",
            "jpeg", "gif", "svg", "ico", "woff", "woff2", "ttf", "pdf", "patch", "diff", "gradle", "pom", "csproj",
            "sln", "npmrc", "dockerignore", "gitignore");

    private enum Kind { PLAIN, UNSURE, ARCHIVE_OR_REMOTE, UNRESOLVED }

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (Add add : context.all(Add.class)) {
            if (add.syntax().flag("checksum").isPresent() || add.syntax().flag("keep-git-dir").isPresent()
                    || add.syntax().flag("unpack").isPresent()) {
                continue;
            }
            List<String> unsure = new ArrayList<>();
            List<String> unresolved = new ArrayList<>();
            boolean needsAdd = false;
            for (Token source : add.sources()) {
                Kind kind = add.heredoc(source).isPresent() ? Kind.PLAIN : classify(context, add, source);
                switch (kind) {
                    case ARCHIVE_OR_REMOTE -> needsAdd = true;
                    case UNSURE -> unsure.add(source.text());
                    case UNRESOLVED -> unresolved.add(source.text());
                    case PLAIN -> { }
                }
            }
            if (needsAdd) {
                continue;
            }
            if (!unresolved.isEmpty()) {
                findings.report(add.syntax().keyword().range(), "ADD source " + String.join(", ", unresolved)
                        + " depends on values not known here; if it is not an archive or URL, use COPY",
                        Severity.INFO);
                continue;
            }
            String keyword = add.syntax().keyword().text();
            String copy = keyword.equals(keyword.toLowerCase(Locale.ROOT)) ? "copy" : "COPY";
            if (unsure.isEmpty()) {
                findings.report(add.syntax().keyword().range(),
                        "ADD of local files that are not archives: use COPY, which does only that",
                        Fix.of("Replace ADD with COPY", Applicability.SAFE,
                                Edit.replace(add.syntax().keyword().range(), copy)));
            } else {
                findings.report(add.syntax().keyword().range(), "ADD of " + String.join(", ", unsure)
                                + ": if this is not a tar archive, use COPY (ADD would extract a tar archive)",
                        Fix.of("Replace ADD with COPY (changes behaviour if a source is a tar archive)",
                                Applicability.UNSAFE, Edit.replace(add.syntax().keyword().range(), copy)));
            }
        }
    }

    private static Kind classify(DockerfileContext context, Add add, Token source) {
        VariableExpander.Expansion x = context.expand(add, source.text());
        if (x.resolvedValue().isEmpty()) {
            return Kind.UNRESOLVED;
        }
        String path = x.value();
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.contains("://") || lower.startsWith("git@") || lower.endsWith(".git")) {
            return Kind.ARCHIVE_OR_REMOTE;
        }
        String name = lower.endsWith("/") ? "" : lower.substring(lower.lastIndexOf('/') + 1);
        for (String suffix : ARCHIVE_SUFFIXES) {
            if (name.endsWith(suffix)) {
                return Kind.ARCHIVE_OR_REMOTE;
            }
        }
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return Kind.PLAIN;
        }
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        boolean glob = name.indexOf('*') >= 0 || name.indexOf('?') >= 0 || name.indexOf('[') >= 0;
        if (PLAIN.contains(ext)) {
            return Kind.PLAIN;
        }
        if (glob || dot > 0) {
            return Kind.UNSURE;
        }
        return Kind.PLAIN;
    }
}
