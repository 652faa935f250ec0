package dev.lashing.image.analyzers;

import dev.lashing.image.layer.ImageFileSystem;
import dev.lashing.image.layer.LayerEntry;
import dev.lashing.secrets.SecretMatch;
import dev.lashing.secrets.SecretScanner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Finds secrets in the content of every text file of every layer (deleted ones included): files
 * between {@link SecretScanner#MIN_FILE_BYTES} and {@link SecretScanner#MAX_FILE_BYTES}, not on the
 * scanner's skip list, not binary. The catalogue's keyword prefilter keeps the regexes off most files.
 */
public final class SecretContentAnalyzer implements FactAnalyzer<SecretContentAnalyzer.ContentSecrets> {
    private final SecretScanner scanner = SecretScanner.defaults();
    private final ConcurrentLinkedQueue<ContentSecret> found = new ConcurrentLinkedQueue<>();

    /**
     * The secrets of one file version.
     *
     * @param entry the file version (it may be hidden by a later layer)
     * @param text the content as scanned (UTF-8, malformed bytes replaced)
     * @param matches what the scanner found, allowed matches included
     */
    public record ContentSecret(LayerEntry entry, String text, List<SecretMatch> matches) {
        /** Copies the list. */
        public ContentSecret {
            Objects.requireNonNull(entry, "entry");
            matches = List.copyOf(matches);
        }
    }

    /**
     * Every file version with matches.
     *
     * @param files the files, in no particular order
     */
    public record ContentSecrets(List<ContentSecret> files) {
        /** Copies the list. */
        public ContentSecrets {
            files = List.copyOf(files);
        }
    }

    @Override
    public boolean wants(LayerEntry entry) {
        return entry.type() == LayerEntry.EntryType.FILE && entry.size() >= SecretScanner.MIN_FILE_BYTES
                && entry.size() <= SecretScanner.MAX_FILE_BYTES && !SecretScanner.skipPath(entry.path());
    }

    @Override
    public long maxContentBytes() {
        return SecretScanner.MAX_FILE_BYTES;
    }

    @Override
    public void accept(LayerEntry entry, InputStream content, boolean truncated) throws IOException {
        // the head first: most files in an image are binaries, and their rest is never read
        long size = Math.min(entry.size(), SecretScanner.MAX_FILE_BYTES);
        byte[] head = content.readNBytes((int) Math.min(size, SecretScanner.BINARY_SNIFF_BYTES));
        if (SecretScanner.looksBinary(head)) {
            return;
        }
        byte[] bytes = Arrays.copyOf(head, (int) Math.max(size, head.length));
        int length = head.length + content.readNBytes(bytes, head.length, bytes.length - head.length);
        String text = new String(bytes, 0, length, StandardCharsets.UTF_8);
        List<SecretMatch> matches = scanner.scan(entry.path(), text);
        if (!matches.isEmpty()) {
            found.add(new ContentSecret(entry, text, matches));
        }
    }

    @Override
    public Class<ContentSecrets> factType() {
        return ContentSecrets.class;
    }

    @Override
    public ContentSecrets result(ImageFileSystem fileSystem) {
        return new ContentSecrets(List.copyOf(found));
    }
}
