package dev.lashing.image.layer;

import java.util.Objects;

/**
 * One entry of a layer's tar, with its sanitised path and the metadata analyzers judge.
 *
 * @param layer 0-based index of the layer holding the entry
 * @param path the sanitised path relative to the root (no leading {@code /}); for a whiteout, the
 *     path it deletes; for an opaque marker, the directory it empties
 * @param type what the entry is
 * @param mode the permission bits including setuid (04000), setgid (02000) and sticky (01000)
 * @param uid the owner's numeric id
 * @param gid the group's numeric id
 * @param size the content size in bytes (regular files; 0 otherwise)
 * @param linkTarget the target of a symlink (as written) or hard link (sanitised path); empty otherwise
 * @param mtimeEpochSeconds the modification time
 */
public record LayerEntry(
        int layer, String path, EntryType type, int mode, long uid, long gid, long size, String linkTarget,
        long mtimeEpochSeconds) {

    /** Checks fields. */
    public LayerEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
        linkTarget = linkTarget == null ? "" : linkTarget;
    }

    /** True for a regular file or a hard link (which shares a regular file's content). */
    public boolean isRegular() {
        return type == EntryType.FILE || type == EntryType.HARDLINK;
    }

    /** True when the setuid bit is set. */
    public boolean setuid() {
        return (mode & 04000) != 0;
    }

    /** True when the setgid bit is set. */
    public boolean setgid() {
        return (mode & 02000) != 0;
    }

    /** True when others may write. */
    public boolean worldWritable() {
        return (mode & 0002) != 0;
    }

    /** The path with a leading slash, as users write it. */
    public String absolutePath() {
        return "/" + path;
    }

    /** The kinds of tar entries a layer can hold, with whiteouts recognised. */
    public enum EntryType {
        FILE, DIRECTORY, SYMLINK, HARDLINK, CHAR_DEVICE, BLOCK_DEVICE, FIFO,
        /** {@code .wh.name}: deletes {@code name} from lower layers. */
        WHITEOUT,
        /** {@code .wh..wh..opq}: hides everything lower layers had in this directory. */
        OPAQUE
    }
}
