package dev.lashing.image.analyzers;

import dev.lashing.image.analyzers.DeviceFiles.Device;
import dev.lashing.image.layer.ImageFileSystem;
import dev.lashing.image.layer.LayerEntry;
import dev.lashing.image.layer.LayerEntry.EntryType;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/** Collects the character and block device entries of every layer. */
public final class DeviceFilesAnalyzer implements FactAnalyzer<DeviceFiles> {
    /** Entries with the order they arrived in, so each layer's tar order survives concurrent walking. */
    private final ConcurrentLinkedQueue<Seen> seen = new ConcurrentLinkedQueue<>();
    private final AtomicLong counter = new AtomicLong();

    private record Seen(LayerEntry entry, long order) {}

    @Override
    public Class<DeviceFiles> factType() {
        return DeviceFiles.class;
    }

    @Override
    public boolean wants(LayerEntry entry) {
        return entry.type() == EntryType.CHAR_DEVICE || entry.type() == EntryType.BLOCK_DEVICE;
    }

    @Override
    public void accept(LayerEntry entry, InputStream content, boolean truncated) {
        seen.add(new Seen(entry, counter.getAndIncrement()));
    }

    @Override
    public DeviceFiles result(ImageFileSystem fileSystem) {
        List<Seen> sorted = new ArrayList<>(seen);
        sorted.sort(Comparator.comparingInt((Seen s) -> s.entry().layer()).thenComparingLong(Seen::order));
        List<Device> out = new ArrayList<>(sorted.size());
        for (Seen s : sorted) {
            boolean live = fileSystem.live(s.entry().path()).map(s.entry()::equals).orElse(false);
            out.add(new Device(s.entry(), live));
        }
        return new DeviceFiles(out);
    }
}
