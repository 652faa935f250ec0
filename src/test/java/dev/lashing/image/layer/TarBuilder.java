package dev.lashing.image.layer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/** Builds small layer tars in code. */
final class TarBuilder {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final TarArchiveOutputStream out;

    TarBuilder() {
        out = new TarArchiveOutputStream(bytes);
        out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        out.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
    }

    TarBuilder dir(String name) {
        return entry(new TarArchiveEntry(name.endsWith("/") ? name : name + "/"), null, e -> e.setMode(040755));
    }

    TarBuilder file(String name, String content) {
        return file(name, content.getBytes(StandardCharsets.UTF_8), e -> {});
    }

    TarBuilder file(String name, byte[] content, Consumer<TarArchiveEntry> tweak) {
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setMode(0100644);
        e.setSize(content.length);
        return entry(e, content, tweak);
    }

    TarBuilder symlink(String name, String target) {
        TarArchiveEntry e = new TarArchiveEntry(name, TarConstants.LF_SYMLINK);
        e.setLinkName(target);
        return entry(e, null, x -> {});
    }

    TarBuilder hardlink(String name, String target) {
        TarArchiveEntry e = new TarArchiveEntry(name, TarConstants.LF_LINK);
        e.setLinkName(target);
        return entry(e, null, x -> {});
    }

    TarBuilder special(String name, byte flag, int major, int minor) {
        TarArchiveEntry e = new TarArchiveEntry(name, flag);
        e.setDevMajor(major);
        e.setDevMinor(minor);
        return entry(e, null, x -> {});
    }

    TarBuilder entry(TarArchiveEntry e, byte[] content, Consumer<TarArchiveEntry> tweak) {
        try {
            e.setModTime(1_600_000_000_000L); // whole seconds: no PAX mtime record
            tweak.accept(e);
            out.putArchiveEntry(e);
            if (content != null) {
                out.write(content);
            }
            out.closeArchiveEntry();
            return this;
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    byte[] build() {
        try {
            out.close();
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
        return bytes.toByteArray();
    }
}
