package dev.lashing.image.rules;

import dev.lashing.core.Severity;
import dev.lashing.image.analyzers.Accounts;
import dev.lashing.image.analyzers.ImageFacts;
import dev.lashing.image.layer.LayerEntry;
import dev.lashing.rules.Rule;
import java.util.List;

/** A live regular file with the setuid or setgid bit. */
@Rule(
        id = "IM020",
        name = "image-setuid-file",
        summary = "A file in the image has the setuid or setgid bit",
        severity = Severity.WARNING,
        practices = {"P27"},
        aliases = {"CIS-DI-0008"},
        references = {"CIS Docker Benchmark 4.8", "CWE-250"})
public final class ImageSetuidFile implements ImageRule {
    /** Setting: paths (or directories ending in {@code /}) whose setuid/setgid bits are known to be needed. */
    static final String ALLOWED = "allowed-setuid";

    @Override
    public void check(ImageFacts image, ImageFindingSink findings) {
        List<String> allowed = image.settings().stringList(ALLOWED);
        Accounts accounts = image.get(Accounts.class).orElse(Accounts.NONE);
        for (LayerEntry e : image.fileSystem().liveEntries()) {
            if (!e.isRegular() || !(e.setuid() || e.setgid()) || isAllowed(e.absolutePath(), allowed)) {
                continue;
            }
            String bits = e.setuid() && e.setgid() ? "setuid and setgid" : e.setuid() ? "setuid" : "setgid";
            String owner = accounts.describeUid(e.uid()) + ":" + accounts.describeGid(e.gid());
            boolean rootEscalation = e.setuid() && e.uid() == 0;
            findings.file(e, e.absolutePath() + " is " + bits + " (" + FileModes.symbolic(e) + " " + owner
                    + "): it runs with its " + (e.setuid() ? "owner's" : "group's") + " privileges whoever starts it, "
                    + "a classic step from a compromised process to " + (rootEscalation ? "root" : "another account")
                    + "; remove the bit (chmod u-s,g-s) unless the application needs it, then list it in "
                    + ALLOWED, rootEscalation ? null : Severity.INFO);
        }
    }

    private static boolean isAllowed(String path, List<String> allowed) {
        for (String a : allowed) {
            if (a.equals(path) || (a.endsWith("/") && path.startsWith(a))) {
                return true;
            }
        }
        return false;
    }
}
