package dev.lashing.image.analyzers;

import dev.lashing.image.layer.LayerEntry;
import java.util.List;
import java.util.Objects;

/**
 * The character and block device nodes the image's layers ship, whether or not a later layer hides them.
 *
 * @param devices every device entry, by layer then tar order
 */
public record DeviceFiles(List<Device> devices) {

    /** Copies the list. */
    public DeviceFiles {
        devices = List.copyOf(devices);
    }

    /**
     * One device node.
     *
     * @param entry the tar entry
     * @param live true when the merged view shows this very entry (false: a later layer hides it)
     */
    public record Device(LayerEntry entry, boolean live) {
        /** Checks fields. */
        public Device {
            Objects.requireNonNull(entry, "entry");
        }
    }
}
