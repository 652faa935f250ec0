package dev.lashing.image.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Opens image sources, detecting the layout: a directory with {@code oci-layout} and {@code index.json}
 * is an OCI layout; a tar with {@code manifest.json} is a docker-save archive (classic, skopeo/podman or
 * Docker 25+); a tar with {@code oci-layout} and {@code index.json} only is an OCI archive.
 */
public final class ImageSources {
    private ImageSources() {
    }

    /** Opens {@code path} with the default limits. */
    public static ImageSource open(Path path) throws ImageException {
        return open(path, ImageLimits.defaults());
    }

    /** Opens {@code path}, detecting its layout; the display name is the path as given. */
    public static ImageSource open(Path path, ImageLimits limits) throws ImageException {
        return open(path, path.toString(), limits, () -> { });
    }

    /**
     * Spools {@code in} into a temporary directory created inside {@code tempDir} (deleted again on
     * {@code close()}), refusing more than {@code maxBytes}, then opens it as {@link #open(Path)} does.
     */
    public static ImageSource openStdin(InputStream in, Path tempDir, long maxBytes) throws ImageException {
        return openStdin(in, tempDir, maxBytes, ImageLimits.defaults());
    }

    /** Spools {@code in} as {@link #openStdin(InputStream, Path, long)} does, with the given limits. */
    public static ImageSource openStdin(InputStream in, Path tempDir, long maxBytes, ImageLimits limits)
            throws ImageException {
        return spool(in, tempDir, maxBytes, limits, "-", "standard input");
    }

    /** Spools {@code in} (described as {@code what}) and opens the copy, shown as {@code display}. */
    static ImageSource spool(InputStream in, Path tempDir, long maxBytes, ImageLimits limits, String display,
            String what) throws ImageException {
        Path dir;
        try {
            dir = Files.createTempDirectory(tempDir, "lashing-stdin-");
        } catch (IOException e) {
            throw new ImageException("cannot create a temporary directory in " + tempDir + ": " + e.getMessage(), e);
        }
        Runnable cleanup = () -> deleteTree(dir);
        try {
            Path file = dir.resolve("image.tar");
            try (OutputStream out = Files.newOutputStream(file)) {
                byte[] buf = new byte[64 * 1024];
                long total = 0;
                int n;
                while ((n = in.read(buf)) >= 0) {
                    total += n;
                    if (total > maxBytes) {
                        throw new ImageException(what + " holds more than " + maxBytes
                                + " bytes, the limit for a spooled image");
                    }
                    out.write(buf, 0, n);
                }
            } catch (IOException e) {
                throw new ImageException("cannot spool " + what + ": " + e.getMessage(), e);
            }
            return open(file, display, limits, cleanup);
        } catch (ImageException | RuntimeException e) {
            cleanup.run();
            throw e;
        }
    }

    private static ImageSource open(Path path, String display, ImageLimits limits, Runnable cleanup)
            throws ImageException {
        try {
            if (Files.isDirectory(path)) {
                DirectoryStore store = new DirectoryStore(path);
                if (store.find("oci-layout").isEmpty() || store.find("index.json").isEmpty()) {
                    throw new ImageException(display + " is a directory but not an OCI layout (no oci-layout and "
                            + "index.json)");
                }
                return new ArchiveImageSource(store, ArchiveImageSource.Kind.OCI_LAYOUT, display, limits, cleanup);
            }
            if (!Files.isRegularFile(path)) {
                throw new ImageException(display + ": no such file or directory");
            }
            checkNotCompressed(path, display);
            TarStore store = TarStore.open(path, display);
            if (store.find("manifest.json").isPresent()) {
                return new ArchiveImageSource(store, ArchiveImageSource.Kind.DOCKER_ARCHIVE, display, limits, cleanup);
            }
            if (store.find("oci-layout").isPresent() && store.find("index.json").isPresent()) {
                return new ArchiveImageSource(store, ArchiveImageSource.Kind.OCI_ARCHIVE, display, limits, cleanup);
            }
            store.close();
            throw new ImageException(display + ": neither a docker-save archive (no manifest.json) nor an OCI "
                    + "archive (no oci-layout and index.json)");
        } catch (IOException e) {
            throw new ImageException(display + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Refuses a compressed tarball with a hint, since entries cannot be read in place. */
    private static void checkNotCompressed(Path path, String display) throws IOException, ImageException {
        byte[] magic;
        try (InputStream in = Files.newInputStream(path)) {
            magic = in.readNBytes(4);
        }
        String compression = StoredLayer.compression(magic);
        if (!compression.equals("none")) {
            throw new ImageException(display + " is " + compression + "-compressed; decompress it first ("
                    + (compression.equals("gzip") ? "gunzip" : "unzstd") + ") or pipe the decompressed tar to standard input");
        }
    }

    private static void deleteTree(Path dir) {
        try {
            if (!Files.exists(dir)) {
                return;
            }
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete temporary directory " + dir, e);
        }
    }
}
