package dev.lashing.image.layer;

import dev.lashing.image.archive.ImageException;
import dev.lashing.image.archive.LayerBlob;
import dev.lashing.image.layer.LayerEntry.EntryType;
import dev.lashing.image.oci.Digest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/** Reads one layer's tar once, into its ordered entry list, feeding analyzers on the way. */
final class LayerTarReader {
    private static final int MAX_LINK_TARGET = LayerPath.MAX_LENGTH;
    private static final byte[] EMPTY = new byte[0];

    private final LayerBlob layer;
    private final int index;
    private final List<? extends Analyzer> analyzers;
    private final WalkLimits limits;
    private final AtomicLong imageEntries;
    private final WalkListener listener;
    private final long maxWanted;

    private final List<LayerEntry> entries = new ArrayList<>();
    private final List<LayerProblem> problems = new ArrayList<>();
    private int droppedProblems;
    /** Path of every entry so far (whiteouts and opaque markers under a prefix) and its type. */
    private final Map<String, EntryType> seen = new HashMap<>();
    private final List<LayerEntry> unresolvedHardLinks = new ArrayList<>();
    private long tarEntries;
    private long regularFiles;
    private long fileBytes;
    private long duplicates;

    LayerTarReader(LayerBlob layer, int index, List<? extends Analyzer> analyzers, WalkLimits limits,
            AtomicLong imageEntries, WalkListener listener) {
        this.layer = layer;
        this.index = index;
        this.analyzers = analyzers;
        this.limits = limits;
        this.imageEntries = imageEntries;
        this.listener = listener;
        long max = 0;
        for (Analyzer a : analyzers) {
            max = Math.max(max, a.maxContentBytes());
        }
        this.maxWanted = Math.min(max, limits.maxContentBytes());
    }

    /** One walked layer: its entries in tar order and what was found on the way. */
    record Outcome(List<LayerEntry> entries, LayerStats stats, List<LayerProblem> problems, int droppedProblems,
            List<LayerEntry> unresolvedHardLinks) {}

    Outcome read() throws ImageException, InterruptedException {
        listener.layerStarted(index, layer.storedSize());
        LayerInput input = null;
        try (InputStream raw = layer.openTar()) {
            input = new LayerInput(raw, index, limits.maxLayerBytes(), limits.maxHeaderBytes(), listener);
            walk(input);
            input.drain();
            input.flushProgress();
        } catch (LayerInput.Cancelled e) {
            throw interrupted();
        } catch (Digest.Mismatch e) {
            throw new ImageException(what() + ": " + e.getMessage(), e);
        } catch (LayerInput.LayerTooLarge | LayerInput.HeaderTooLarge e) {
            throw new ImageException(what() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw interrupted();
            }
            if (input == null || input.sourceFailure() != null) {
                throw new ImageException("cannot read " + what() + ": " + e.getMessage(), e);
            }
            throw new ImageException(what() + ": truncated or corrupt tar: " + e.getMessage(), e);
        } catch (IllegalArgumentException | IllegalStateException | ArithmeticException
                | IndexOutOfBoundsException e) {
            // commons-compress reports some malformed headers this way
            throw new ImageException(what() + ": truncated or corrupt tar: " + e, e);
        }
        listener.layerDone(index);
        LayerStats stats = new LayerStats(index, tarEntries, input.count(), regularFiles, fileBytes, duplicates);
        return new Outcome(entries, stats, problems, droppedProblems, unresolvedHardLinks);
    }

    /** The exception for a cancelled layer; thrown, it stands for the interrupt, so the flag is cleared. */
    private static InterruptedException interrupted() {
        Thread.interrupted();
        return new InterruptedException("layer walk interrupted");
    }

    private String what() {
        String digest = layer.diffId().toString();
        return "layer " + (index + 1) + " (" + digest.substring(0, Math.min(digest.length(), 19)) + "…)";
    }

    private void walk(LayerInput input) throws IOException, ImageException {
        TarArchiveInputStream tar = new TarArchiveInputStream(input);
        byte[] discard = new byte[32 << 10];
        while (true) {
            input.startHeader();
            TarArchiveEntry t = tar.getNextEntry();
            input.endHeader();
            if (t == null) {
                return;
            }
            tarEntries++;
            if (imageEntries.incrementAndGet() > limits.maxEntries()) {
                throw new ImageException(what() + ": the image has more than " + limits.maxEntries()
                        + " tar entries");
            }
            LayerEntry entry = convert(t);
            if (entry != null) {
                entries.add(entry);
                offer(entry, tar);
            }
            // the rest goes through LayerInput, so the digest sees it; a sparse file's holes are
            // skipped, not expanded (skip is not used otherwise: commons-io allocates per chunk)
            if (t.isSparse()) {
                while (tar.skip(Long.MAX_VALUE) > 0) {
                    // until the entry's end
                }
            }
            while (tar.read(discard) >= 0) {
                // until the entry's end
            }
            input.allowMissingPadding();
        }
    }

    /** The entry for {@code t}, or null (with a problem recorded when it was refused). */
    private LayerEntry convert(TarArchiveEntry t) {
        String name = t.getName();
        LayerPath.Result result = LayerPath.of(name);
        if (result instanceof LayerPath.Refused r) {
            problem(r.name(), r.reason());
            return null;
        }
        LayerPath path = ((LayerPath.Clean) result).path();
        int mode = t.getMode() & 07777;
        long uid = t.getLongUserId();
        long gid = t.getLongGroupId();
        long mtime = t.getLastModifiedTime().toMillis() / 1000;
        if (path.path().isEmpty()) {
            if (!t.isDirectory()) {
                problem(name, "entry for the image root is not a directory");
                return null;
            }
            return record(new LayerEntry(index, "", EntryType.DIRECTORY, mode, uid, gid, 0, "", mtime), "");
        }
        if (path.isOpaqueMarker()) {
            return record(new LayerEntry(index, path.parent(), EntryType.OPAQUE, mode, uid, gid, 0, "", mtime),
                    "\0opq:" + path.parent());
        }
        var whitedOut = path.whitedOut();
        if (whitedOut.isPresent()) {
            String target = whitedOut.get();
            if (path.name().startsWith(".wh..wh.")) {
                return null; // AUFS bookkeeping (.wh..wh.plnk, .wh..wh.aufs): not content
            }
            return record(new LayerEntry(index, target, EntryType.WHITEOUT, mode, uid, gid, 0, "", mtime),
                    "\0wh:" + target);
        }
        String p = path.path();
        if (t.isSymbolicLink()) {
            String target = t.getLinkName();
            if (target.length() > MAX_LINK_TARGET) {
                problem(name, "symbolic link target longer than " + MAX_LINK_TARGET + " characters");
                return null;
            }
            return record(new LayerEntry(index, p, EntryType.SYMLINK, mode, uid, gid, 0, target, mtime), p);
        }
        if (t.isLink()) {
            LayerPath.Result linked = LayerPath.of(t.getLinkName());
            if (linked instanceof LayerPath.Refused r) {
                problem(name, "hard link target " + r.name() + " refused: " + r.reason());
                return null;
            }
            String target = ((LayerPath.Clean) linked).path().path();
            if (target.isEmpty() || target.equals(p)) {
                problem(name, "hard link to " + (target.isEmpty() ? "the image root" : "itself"));
                return null;
            }
            LayerEntry link = new LayerEntry(index, p, EntryType.HARDLINK, mode, uid, gid, 0, target, mtime);
            EntryType earlier = seen.get(target);
            if (earlier == null) {
                unresolvedHardLinks.add(link); // checked against lower layers after the walk
            } else if (earlier != EntryType.FILE && earlier != EntryType.HARDLINK) {
                problem(name, "hard link to /" + target + ", which is not a regular file");
            }
            return record(link, p);
        }
        EntryType type;
        long size = 0;
        if (t.isCharacterDevice()) {
            type = EntryType.CHAR_DEVICE;
        } else if (t.isBlockDevice()) {
            type = EntryType.BLOCK_DEVICE;
        } else if (t.isFIFO()) {
            type = EntryType.FIFO;
        } else if (t.isDirectory()) {
            type = EntryType.DIRECTORY;
        } else if (isRegular(t)) {
            type = EntryType.FILE;
            size = t.isSparse() ? t.getRealSize() : t.getSize();
            regularFiles++;
            fileBytes += size;
        } else {
            problem(name, "unsupported tar entry type '" + (char) t.getLinkFlag() + "'");
            return null;
        }
        return record(new LayerEntry(index, p, type, mode, uid, gid, size, "", mtime), p);
    }

    private static boolean isRegular(TarArchiveEntry t) {
        byte flag = t.getLinkFlag();
        return flag == '0' || flag == 0 || flag == '7' || t.isSparse();
    }

    private LayerEntry record(LayerEntry entry, String key) {
        if (seen.put(key, entry.type()) != null && !key.isEmpty()) {
            duplicates++;
        }
        return entry;
    }

    void problem(String name, String reason) {
        if (problems.size() < limits.maxProblemsPerLayer()) {
            problems.add(new LayerProblem(index, name, reason));
        } else {
            droppedProblems++;
        }
    }

    /** Hands {@code entry} to every analyzer that wants it, reading a regular file's content once if needed. */
    private void offer(LayerEntry entry, InputStream content) throws IOException {
        List<Analyzer> wanting = null;
        for (Analyzer a : analyzers) {
            boolean wants;
            try {
                wants = a.wants(entry);
            } catch (RuntimeException e) {
                analyzerFailed(a, entry, e);
                continue;
            }
            if (wants) {
                if (wanting == null) {
                    wanting = new ArrayList<>(2);
                }
                wanting.add(a);
            }
        }
        if (wanting == null) {
            return;
        }
        if (wanting.size() == 1 && entry.type() == EntryType.FILE) {
            stream(wanting.get(0), entry, content);
            return;
        }
        byte[] bytes = EMPTY;
        if (entry.type() == EntryType.FILE && entry.size() > 0) {
            long need = 0;
            for (Analyzer a : wanting) {
                need = Math.max(need, a.maxContentBytes());
            }
            need = Math.min(Math.min(need, maxWanted), entry.size());
            if (need > 0) {
                bytes = content.readNBytes((int) need);
            }
        }
        for (Analyzer a : wanting) {
            int give = entry.type() == EntryType.FILE
                    ? (int) Math.min(bytes.length, Math.max(0, Math.min(a.maxContentBytes(), Integer.MAX_VALUE)))
                    : 0;
            boolean truncated = entry.type() == EntryType.FILE && entry.size() > give;
            try {
                a.accept(entry, new ByteArrayInputStream(bytes, 0, give), truncated);
            } catch (RuntimeException | IOException e) {
                analyzerFailed(a, entry, e);
            }
        }
    }

    /**
     * Hands a regular file to the one analyzer that wants it straight from the tar stream, without
     * a copy: an analyzer that stops early (a binary file, say) costs nothing for the rest, which
     * the walk skips. A failure of the tar stream itself is the walk's, not the analyzer's.
     */
    private void stream(Analyzer a, LayerEntry entry, InputStream content) throws IOException {
        long give = Math.min(Math.min(Math.max(0, a.maxContentBytes()), maxWanted), entry.size());
        EntryContent bounded = new EntryContent(content, give);
        try {
            a.accept(entry, bounded, entry.size() > give);
        } catch (RuntimeException | IOException e) {
            if (bounded.failure != null) {
                throw bounded.failure;
            }
            analyzerFailed(a, entry, e);
        }
        if (bounded.failure != null) {
            throw bounded.failure;
        }
    }

    /** At most {@code limit} bytes of the entry; close does nothing; remembers a failure of the tar. */
    private static final class EntryContent extends InputStream {
        private final InputStream tar;
        private long left;
        IOException failure;

        EntryContent(InputStream tar, long limit) {
            this.tar = tar;
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            if (len == 0) {
                return 0;
            }
            if (left <= 0) {
                return -1;
            }
            int n;
            try {
                n = tar.read(b, off, (int) Math.min(len, left));
            } catch (IOException e) {
                failure = e;
                throw e;
            }
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public int available() {
            return 0;
        }
    }

    private void analyzerFailed(Analyzer a, LayerEntry entry, Exception e) {
        String name = a.getClass().getSimpleName().isEmpty() ? a.getClass().getName() : a.getClass().getSimpleName();
        problem(entry.absolutePath(), "internal error in analyzer " + name + ": " + e);
    }
}
