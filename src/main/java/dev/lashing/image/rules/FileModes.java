package dev.lashing.image.rules;

import dev.lashing.image.layer.LayerEntry;
import dev.lashing.image.layer.LayerEntry.EntryType;

/** Shows an entry's type and permission bits as {@code ls -l} does, e.g. {@code -rwsr-xr-x}. */
public final class FileModes {
    private FileModes() {}

    /** The ten-character {@code ls -l} form of {@code entry}'s type and mode. */
    public static String symbolic(LayerEntry entry) {
        StringBuilder b = new StringBuilder(10);
        b.append(typeChar(entry.type()));
        int m = entry.mode();
        triplet(b, m >> 6, (m & 04000) != 0, 's');
        triplet(b, m >> 3, (m & 02000) != 0, 's');
        triplet(b, m, (m & 01000) != 0, 't');
        return b.toString();
    }

    private static void triplet(StringBuilder b, int bits, boolean special, char specialChar) {
        b.append((bits & 4) != 0 ? 'r' : '-');
        b.append((bits & 2) != 0 ? 'w' : '-');
        boolean x = (bits & 1) != 0;
        if (special) {
            b.append(x ? specialChar : Character.toUpperCase(specialChar));
        } else {
            b.append(x ? 'x' : '-');
        }
    }

    private static char typeChar(EntryType type) {
        return switch (type) {
            case DIRECTORY -> 'd';
            case SYMLINK -> 'l';
            case CHAR_DEVICE -> 'c';
            case BLOCK_DEVICE -> 'b';
            case FIFO -> 'p';
            default -> '-';
        };
    }
}
