package dev.lashing.image.rules;

import dev.lashing.core.Severity;
import dev.lashing.core.TextRange;
import dev.lashing.image.analyzers.ImageFacts;
import dev.lashing.image.analyzers.SecretContentAnalyzer.ContentSecret;
import dev.lashing.image.analyzers.SecretContentAnalyzer.ContentSecrets;
import dev.lashing.image.layer.ImageFileSystem;
import dev.lashing.image.layer.LayerEntry;
import dev.lashing.rules.Rule;
import dev.lashing.secrets.SecretMatch;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Flags secrets (keys, tokens, private keys, registry credentials) in the content of files an image ships. */
@Rule(id = "IM040", name = "image-secret-in-file",
        summary = "A file in the image contains a secret (cloud key, token, private key, registry auth)",
        severity = Severity.ERROR, practices = {"P21", "P22"},
        aliases = {"CIS-DI-0010"},
        references = {"CWE-798: Use of Hard-coded Credentials", "CWE-312: Cleartext Storage of Sensitive Information"})
public final class ImageSecretInFile implements ImageRule {
    /** Setting: also report matches that an allow rule accepted (example keys, test paths), at info level. */
    static final String SHOW_ALLOWED = "show-allowed-secrets";

    @Override
    public void check(ImageFacts image, ImageFindingSink findings) {
        Optional<ContentSecrets> facts = image.get(ContentSecrets.class);
        if (facts.isEmpty()) {
            return;
        }
        boolean showAllowed = image.settings().bool(SHOW_ALLOWED, false);
        List<ContentSecret> files = facts.get().files().stream()
                .sorted(Comparator.comparing((ContentSecret c) -> c.entry().path()).thenComparing(c -> c.entry().layer()))
                .toList();
        ImageFileSystem fs = image.fileSystem();
        for (ContentSecret file : files) {
            LayerEntry entry = file.entry();
            String where = where(fs, entry);
            for (SecretMatch m : file.matches()) {
                TextRange range = new TextRange(m.start(), m.end());
                if (m.reportable()) {
                    findings.content(entry, file.text(), range, m.masked(), m.title() + " (\"" + m.masked() + "\", "
                            + m.ruleId() + ") in " + entry.absolutePath() + where
                            + ": anyone who pulls the image can read it; revoke it, remove the file from the build "
                            + "(a later RUN rm does not remove it from the image), and mount secrets at build or run time",
                            m.severity());
                } else if (showAllowed) {
                    findings.content(entry, file.text(), range, m.masked(), "allowed: " + m.title() + " (\""
                            + m.masked() + "\") in " + entry.absolutePath() + where + ", not reported because "
                            + m.allowedBecause().get(), Severity.INFO);
                }
            }
        }
    }

    /** Whether the version is the one the container sees, or hidden by a later layer but still shipped. */
    private static String where(ImageFileSystem fs, LayerEntry entry) {
        Optional<LayerEntry> live = fs.live(entry.path());
        if (live.isPresent() && live.get().equals(entry)) {
            return "";
        }
        return fs.removed().stream().filter(r -> r.entry().equals(entry)).findFirst()
                .map(r -> " (" + (r.how() == ImageFileSystem.How.REPLACED ? "replaced" : "deleted") + " in layer "
                        + (r.removedByLayer() + 1) + ", but still shipped in layer " + (entry.layer() + 1) + ")")
                .orElse(" (hidden by a later layer, but still shipped)");
    }
}
