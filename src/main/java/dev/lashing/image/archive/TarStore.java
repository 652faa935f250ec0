package dev.lashing.image.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * The files of a tar archive on disk, indexed once (entry name → data offset and size) and read with
 * positional reads, so several layers can be read at once from different threads. Symlink and hard
 * link entries are resolved inside the archive, to a bounded depth, never outside it.
 */
final class TarStore implements BlobStore {
    /** The most entries scanned in an outer archive. */
    static final int MAX_ENTRIES = 10_000;
    private static final int MAX_LINK_DEPTH = 8;

    private record Entry(String name, boolean file, boolean symlink, boolean hardlink, String link, long offset,
            long size) {
    }

    private final FileChannel channel;
    private final Map<String, Entry> entries;

    private TarStore(FileChannel channel, Map<String, Entry> entries) {
        this.channel = channel;
        this.entries = entries;
    }

    /** Indexes the tar at {@code file}; {@code display} names it in messages. */
    static TarStore open(Path file, String display) throws ImageException, IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            long fileSize = channel.size();
            Map<String, Entry> entries = new HashMap<>();
            ChannelSliceInputStream raw = new ChannelSliceInputStream(channel, 0, fileSize);
            int count = 0;
            try (TarArchiveInputStream tar = new TarArchiveInputStream(raw)) {
                TarArchiveEntry e;
                while ((e = tar.getNextEntry()) != null) {
                    if (++count > MAX_ENTRIES) {
                        throw new ImageException(display + ": more than " + MAX_ENTRIES
                                + " entries; this is not an image archive lashing will read");
                    }
                    long offset = raw.position();
                    boolean regular = e.isFile() && !e.isSymbolicLink() && !e.isLink() && !e.isDirectory();
                    if (regular && (e.getSize() < 0 || offset + e.getSize() > fileSize)) {
                        throw new ImageException(display + ": truncated archive: entry '" + e.getName()
                                + "' needs " + e.getSize() + " bytes at offset " + offset + " but the file has "
                                + fileSize + " bytes");
                    }
                    String name = e.getName().startsWith("/") ? e.getName().substring(1) : e.getName();
                    Optional<String> clean = ArchivePaths.normalise(name);
                    if (clean.isEmpty() || e.isSparse()) {
                        continue;
                    }
                    entries.put(clean.get(), new Entry(clean.get(), regular, e.isSymbolicLink(),
                            e.isLink(), e.getLinkName(), offset, regular ? e.getSize() : 0));
                }
            } catch (IOException | IllegalArgumentException e) {
                throw new ImageException(display + ": not a readable tar archive: " + e.getMessage(), e);
            }
            if (count == 0) {
                throw new ImageException(display + ": not a tar archive, or an empty one");
            }
            return new TarStore(channel, entries);
        } catch (ImageException | IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** True when the archive holds an entry (of any kind) named {@code path}. */
    boolean contains(String path) {
        return ArchivePaths.normalise(path).map(entries::containsKey).orElse(false);
    }

    @Override
    public Optional<Blob> find(String path) {
        Optional<String> clean = ArchivePaths.normalise(path);
        if (clean.isEmpty()) {
            return Optional.empty();
        }
        Entry e = entries.get(clean.get());
        for (int depth = 0; e != null && !e.file(); depth++) {
            if (depth >= MAX_LINK_DEPTH) {
                return Optional.empty();
            }
            Optional<String> target;
            if (e.symlink()) {
                if (e.link().startsWith("/")) {
                    return Optional.empty();
                }
                String parent = ArchivePaths.parent(e.name());
                target = ArchivePaths.normalise(parent.isEmpty() ? e.link() : parent + "/" + e.link());
            } else if (e.hardlink()) {
                target = ArchivePaths.normalise(e.link().startsWith("/") ? e.link().substring(1) : e.link());
            } else {
                return Optional.empty();
            }
            e = target.map(entries::get).orElse(null);
        }
        if (e == null) {
            return Optional.empty();
        }
        Entry found = e;
        return Optional.of(new Blob() {
            @Override
            public long size() {
                return found.size();
            }

            @Override
            public InputStream open() {
                return new ChannelSliceInputStream(channel, found.offset(), found.size());
            }
        });
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // closing a read-only channel: nothing to lose
        }
    }
}
