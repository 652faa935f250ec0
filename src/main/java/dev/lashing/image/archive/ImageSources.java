package dev.lashing.image.archive;

import io.airlift.compress.zstd.ZstdInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Opens image sources, detecting the layout: a directory with {@code oci-layout} and {@code index.json}
 * is an OCI layout; a tar with {@code manifest.json} is a docker-save archive (classic, skopeo/podman or
 * Docker 25+); a tar with {@code oci-layout} and {@code index.json} only is an OCI archive.
 */
public final class ImageSources {
    /** Largest decompressed size of a compressed image archive (it is spooled to a temp file first). */
    static final long MAX_DECOMPRESSED_BYTES = 64L << 30;

    private ImageSources() {
    }

    /** Opens {@code path} with the default limits. */
    public static ImageSource open(Path path) throws ImageException {
        return open(path, ImageLimits.defaults());
    }

    /** Opens {@code path}, detecting its layout; the display name is the path as given. */
    public static ImageSource open(Path path, ImageLimits limits) throws ImageException {
        return open(path, path.toString(), limits, () -> { }, Path.of(System.getProperty("java.io.tmpdir")));
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
        return spool(in, tempDir, maxBytes, limits, display, what, () -> { });
    }

    private static ImageSource spool(InputStream in, Path tempDir, long maxBytes, ImageLimits limits, String display,
            String what, Runnable also) throws ImageException {
        Path dir;
        try {
            dir = Files.createTempDirectory(tempDir, "lashing-stdin-");
        } catch (IOException e) {
            throw new ImageException("cannot create a temporary directory in " + tempDir + ": " + e.getMessage(), e);
        }
        Runnable cleanup = () -> {
            deleteTree(dir);
            also.run();
        };
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
            } catch (ImageException e) {
                throw e;
            } catch (IOException e) {
                throw new ImageException("cannot spool " + what + ": " + e.getMessage(), e);
            }
            return open(file, display, limits, cleanup, tempDir);
        } catch (ImageException | RuntimeException e) {
            cleanup.run();
            throw e;
        }
    }

    /** Opens {@code path}; a compressed archive is decompressed into a spool inside {@code tempDir}. */
    private static ImageSource open(Path path, String display, ImageLimits limits, Runnable cleanup, Path tempDir)
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
            String compression = compression(path);
            if (!compression.equals("none")) {
                return decompressed(path, compression, display, limits, cleanup, tempDir);
            }
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

    /** The compression of the file's first bytes: {@code gzip}, {@code zstd} or {@code none}. */
    private static String compression(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return StoredLayer.compression(in.readNBytes(4));
        }
    }

    /**
     * A compressed archive ({@code docker save app | gzip > app.tar.gz}): its entries cannot be read
     * in place, so it is decompressed once into a temporary file (bounded in size and ratio) and read
     * from there; the temporary file goes on {@code close()}.
     */
    private static ImageSource decompressed(Path path, String compression, String display, ImageLimits limits,
            Runnable cleanup, Path tempDir) throws IOException, ImageException {
        CountingInputStream counted = new CountingInputStream(new BufferedInputStream(Files.newInputStream(path),
                64 * 1024));
        InputStream decoder = compression.equals("gzip")
                ? GzipCompressorInputStream.builder().setInputStream(counted).setDecompressConcatenated(true).get()
                : new ZstdInputStream(counted);
        try (InputStream plain = new DecompressionGuard(decoder, counted, MAX_DECOMPRESSED_BYTES, display)) {
            return spool(plain, tempDir, MAX_DECOMPRESSED_BYTES, limits, display,
                    display + " (" + compression + "-decompressed)", cleanup);
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
