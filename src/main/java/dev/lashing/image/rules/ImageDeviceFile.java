package dev.lashing.image.rules;

import dev.lashing.core.Severity;
import dev.lashing.image.analyzers.Accounts;
import dev.lashing.image.analyzers.DeviceFiles;
import dev.lashing.image.analyzers.ImageFacts;
import dev.lashing.image.layer.LayerEntry;
import dev.lashing.image.layer.LayerEntry.EntryType;
import dev.lashing.rules.Rule;
import java.util.List;

/** A character or block device node shipped in a layer, visible or hidden by a later one. */
@Rule(
        id = "IM027",
        name = "image-device-file",
        summary = "A layer of the image ships a device node",
        severity = Severity.INFO,
        practices = {"P60"},
        references = {"CWE-732", "https://docs.docker.com/engine/containers/run/#runtime-privilege-and-linux-capabilities"})
public final class ImageDeviceFile implements ImageRule {

    @Override
    public void check(ImageFacts image, ImageFindingSink findings) {
        Accounts accounts = image.get(Accounts.class).orElse(Accounts.NONE);
        for (DeviceFiles.Device d : image.get(DeviceFiles.class).map(DeviceFiles::devices).orElse(List.of())) {
            LayerEntry e = d.entry();
            String kind = e.type() == EntryType.BLOCK_DEVICE ? "block" : "character";
            findings.file(e, e.absolutePath() + " is a " + kind + " device node (" + FileModes.symbolic(e) + " "
                    + accounts.describeUid(e.uid()) + ":" + accounts.describeGid(e.gid()) + ")"
                    + (d.live() ? "" : ", hidden by a later layer but still shipped")
                    + ": wherever the container is allowed that device (--privileged, --device, a permissive "
                    + "device cgroup) it opens the host's hardware or kernel interface directly; images need no "
                    + "device nodes, since the runtime creates /dev, so do not create or copy them in");
        }
    }
}
