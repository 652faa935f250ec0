package dev.lashing.image.rules;

import dev.lashing.core.Severity;
import dev.lashing.image.analyzers.Accounts;
import dev.lashing.image.analyzers.ImageFacts;
import dev.lashing.image.layer.LayerEntry;
import dev.lashing.image.layer.LayerEntry.EntryType;
import dev.lashing.rules.Rule;
import java.util.Optional;
import java.util.TreeSet;

/** WorkingDir and VOLUME directories that an arbitrary UID in group 0 (OpenShift) cannot write. */
@Rule(
        id = "IM023",
        name = "image-not-group-zero-writable",
        summary = "WorkingDir or a VOLUME is not writable by group 0, as an arbitrary UID (OpenShift) needs",
        severity = Severity.INFO,
        practices = {"P31"},
        references = {"https://docs.openshift.com/container-platform/latest/openshift_images/create-images.html"},
        enabledByDefault = false)
public final class NotGroupZeroWritable implements ImageRule {

    @Override
    public void check(ImageFacts image, ImageFindingSink findings) {
        Accounts accounts = image.get(Accounts.class).orElse(Accounts.NONE);
        String wd = image.config().workingDir();
        if (!wd.isEmpty() && !wd.equals("/")) {
            judge(image, findings, accounts, wd, "the WorkingDir", "/config/WorkingDir");
        }
        for (String v : new TreeSet<>(image.config().volumes())) {
            judge(image, findings, accounts, v, "the VOLUME",
                    "/config/Volumes/" + v.replace("~", "~0").replace("/", "~1"));
        }
    }

    private static void judge(ImageFacts image, ImageFindingSink findings, Accounts accounts, String path,
            String what, String pointer) {
        Optional<LayerEntry> found = image.fileSystem().resolve(path);
        if (found.isEmpty()) {
            findings.config(pointer, what + " " + path + " does not exist in the image, so the runtime creates it "
                    + "owned by root with mode 755, which an arbitrary UID in group 0 cannot write; create it in the "
                    + "image with group 0 and group write (install -d -g 0 -m 775 " + path + ")");
            return;
        }
        LayerEntry d = found.get();
        if (d.type() != EntryType.DIRECTORY || groupZeroCanWrite(d)) {
            return;
        }
        findings.file(d, what + " " + path + " is " + FileModes.symbolic(d) + " " + accounts.describeUid(d.uid())
                + ":" + accounts.describeGid(d.gid()) + ": a container run with an arbitrary UID in group 0, as "
                + "OpenShift does, cannot write it; give it group 0 and the owner's permissions "
                + "(chgrp -R 0 " + path + " && chmod -R g=u " + path + ")");
    }

    /** Group 0 may create files in it: group 0 with {@code g+wx}, or {@code o+wx} for everyone. */
    static boolean groupZeroCanWrite(LayerEntry d) {
        if (d.gid() == 0) {
            return (d.mode() & 0030) == 0030;
        }
        return (d.mode() & 0003) == 0003;
    }
}
