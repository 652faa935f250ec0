package dev.lashing.image.rules;

import dev.lashing.core.Severity;
import dev.lashing.image.analyzers.ImageFacts;
import dev.lashing.image.layer.ImageFileSystem.How;
import dev.lashing.image.layer.ImageFileSystem.Removed;
import dev.lashing.image.layer.LayerEntry;
import dev.lashing.rules.Rule;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The image holds credential files or development leftovers: cloud and registry credentials, SSH
 * private keys, {@code .env} files, keystores, {@code .git} and editor directories, whether visible
 * or deleted by a later layer (whose bytes still ship).
 */
@Rule(
        id = "IM034",
        name = "image-credential-leftovers",
        summary = "The image holds credential files or development leftovers (.git, .aws, .ssh keys, .env, ...)",
        severity = Severity.WARNING,
        practices = {"P21", "P22"},
        aliases = {"DKL-LI-0003", "CIS-DI-0010"},
        references = {"CIS Docker Benchmark 4.10", "CWE-538", "CWE-312"})
public final class CredentialLeftovers implements ImageRule {

    @Override
    public void check(ImageFacts image, ImageFindingSink findings) {
        Set<String> reported = new HashSet<>();
        for (LayerEntry e : image.fileSystem().liveEntries()) {
            Optional<SensitivePaths.Leftover> l = SensitivePaths.leftover(e.path());
            if (l.isEmpty() || reported.contains("live:" + l.get().root()) || emptyDirectory(image, e)) {
                continue;
            }
            reported.add("live:" + l.get().root());
            findings.file(e, describe(l.get()) + " is in the image: anyone who can pull the image can read it; "
                    + advice(l.get()), l.get().severity());
        }
        for (Removed r : image.fileSystem().removed()) {
            Optional<SensitivePaths.Leftover> l = SensitivePaths.leftover(r.entry().path());
            if (l.isEmpty() || !reported.add("removed:" + (r.removedByLayer() + 1) + ":" + l.get().root())) {
                continue;
            }
            String how = r.how() == How.REPLACED ? "replaced" : "deleted";
            findings.file(r.entry(), describe(l.get()) + " was " + how + " in layer " + (r.removedByLayer() + 1)
                    + " but is still in the image (layer " + (r.entry().layer() + 1) + " holds its bytes): anyone who "
                    + "pulls the image can extract it; " + advice(l.get()), l.get().severity());
        }
    }

    /** An empty leftover directory holds nothing worth reporting. */
    private static boolean emptyDirectory(ImageFacts image, LayerEntry e) {
        return e.type() == LayerEntry.EntryType.DIRECTORY
                && image.fileSystem().liveUnder(e.path()).stream().noneMatch(LayerEntry::isRegular);
    }

    private static String describe(SensitivePaths.Leftover l) {
        return l.what() + " /" + l.root();
    }

    private static String advice(SensitivePaths.Leftover l) {
        String base = "keep it out of the build context with .dockerignore, pass credentials with build secrets "
                + "(RUN --mount=type=secret)";
        return l.severity() == Severity.WARNING ? base + ", and rotate any credential it held" : base;
    }
}
