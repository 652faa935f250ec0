package dev.lashing.image.rules;

import dev.lashing.core.Severity;
import dev.lashing.image.analyzers.Accounts;
import dev.lashing.image.analyzers.ImageFacts;
import dev.lashing.image.layer.LayerEntry;
import dev.lashing.image.layer.LayerEntry.EntryType;
import dev.lashing.rules.Rule;

/** Live files and directories that every user may write (sticky directories and symlinks excepted). */
@Rule(
        id = "IM021",
        name = "image-world-writable",
        summary = "A file or directory in the image is writable by every user",
        severity = Severity.WARNING,
        practices = {"P33"},
        references = {"CWE-732"})
public final class ImageWorldWritable implements ImageRule {
    /** Findings per image before the rest is summed up in one. */
    static final int MAX_FINDINGS = 100;

    @Override
    public void check(ImageFacts image, ImageFindingSink findings) {
        Accounts accounts = image.get(Accounts.class).orElse(Accounts.NONE);
        int count = 0;
        String firstSkipped = null;
        for (LayerEntry e : image.fileSystem().liveEntries()) {
            if (!isWorldWritable(e)) {
                continue;
            }
            if (++count > MAX_FINDINGS) {
                firstSkipped = firstSkipped == null ? e.absolutePath() : firstSkipped;
                continue;
            }
            String what = e.type() == EntryType.DIRECTORY
                    ? "any user can add, replace or delete files in it"
                    : "any process in the container, whatever its user, can change it";
            findings.file(e, e.absolutePath() + " is writable by every user (" + FileModes.symbolic(e) + " "
                    + accounts.describeUid(e.uid()) + ":" + accounts.describeGid(e.gid()) + "): " + what
                    + "; remove write permission for others (chmod o-w)"
                    + (e.type() == EntryType.DIRECTORY ? ", or set the sticky bit on a shared scratch directory" : ""));
        }
        if (count > MAX_FINDINGS) {
            findings.image("and " + (count - MAX_FINDINGS) + " more world-writable paths (from " + firstSkipped
                    + "), not listed one by one; remove write permission for others (chmod -R o-w) where they are "
                    + "made");
        }
    }

    /** Others may write, and the bit means something: not a symlink, device, or sticky directory. */
    static boolean isWorldWritable(LayerEntry e) {
        if (!e.worldWritable()) {
            return false;
        }
        return switch (e.type()) {
            case SYMLINK, CHAR_DEVICE, BLOCK_DEVICE, WHITEOUT, OPAQUE -> false;
            case DIRECTORY -> (e.mode() & 01000) == 0;
            default -> true;
        };
    }
}
