package dev.lashing.image.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/** The files of an OCI layout directory; symlinks are followed only while they stay inside it. */
final class DirectoryStore implements BlobStore {
    private final Path root;

    DirectoryStore(Path root) throws IOException {
        this.root = root.toRealPath();
    }

    @Override
    public Optional<Blob> find(String path) throws IOException {
        Optional<String> clean = ArchivePaths.normalise(path);
        if (clean.isEmpty()) {
            return Optional.empty();
        }
        Path file = root.resolve(clean.get());
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Path real = file.toRealPath();
        if (!real.startsWith(root) || !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        long size = Files.size(real);
        return Optional.of(new Blob() {
            @Override
            public long size() {
                return size;
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(real);
            }
        });
    }

    @Override
    public void close() {
        // nothing held open
    }
}
