package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.ShellQueries;
import dev.lashing.dockerfile.shell.Word;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.List;
import java.util.Set;

/**
 * A RUN downloads a file with curl or wget and uses it without checking a checksum or signature
 * in the same RUN.
 */
@Rule(
        id = "SH075",
        name = "download-without-verification",
        summary = "File downloaded in RUN without a checksum or signature check",
        severity = Severity.INFO,
        practices = {"P12"},
        references = {"CWE-494", "CWE-353"})
public final class DownloadWithoutVerification implements DockerfileRule {
    /** Commands that verify what was downloaded. */
    private static final Set<String> VERIFIERS = Set.of("sha256sum", "sha512sum", "sha1sum", "sha384sum", "md5sum",
            "shasum", "b2sum", "cksum", "gpg", "gpgv", "gpg2", "cosign", "minisign", "signify", "openssl", "rpm", "dpkg-sig",
            "slsa-verifier");
    /** Downloads of these are typically keys or signatures themselves, checked by what uses them. */
    private static final List<String> KEY_SUFFIXES = List.of(".asc", ".sig", ".gpg", ".key", ".pub", ".sha256",
            ".sha512", ".sha256sum", ".sha512sum", ".md5", ".pem", ".crt", "sha256sums", "checksums.txt");

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (DockerfileContext.RunScript run : context.runScripts()) {
            List<Command> commands = run.script().commands();
            if (commands.stream().anyMatch(c -> c.simpleName().filter(VERIFIERS::contains).isPresent()
                    || c.isNamed("echo") && c.args().stream().anyMatch(w -> w.text().contains("sha256")))) {
                continue;
            }
            Set<Command> piped = new java.util.HashSet<>();
            ShellQueries.downloadPipedToInterpreter(run.script()).forEach(p -> piped.add(p.downloader()));
            for (Command c : commands) {
                if (!c.isNamed("curl", "wget") || piped.contains(c)) {
                    continue;
                }
                List<Word> urls = c.args().stream().filter(w -> isUrl(w.text())).toList();
                if (urls.isEmpty() || urls.stream().allMatch(w -> isKey(w.text()))) {
                    continue;
                }
                findings.report(c.range(), c.simpleName().orElse("download") + " fetches " + urls.get(0).text()
                        + " and nothing in this RUN checks it (sha256sum -c, gpg --verify, cosign verify...); pin "
                        + "its checksum in the Dockerfile and verify it, or use ADD --checksum");
            }
        }
    }

    private static boolean isUrl(String text) {
        return text.startsWith("http://") || text.startsWith("https://") || text.startsWith("ftp://");
    }

    private static boolean isKey(String url) {
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        return KEY_SUFFIXES.stream().anyMatch(lower::endsWith) || lower.contains("/keys/") || lower.contains("gpg");
    }
}
