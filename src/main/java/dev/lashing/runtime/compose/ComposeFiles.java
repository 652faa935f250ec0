package dev.lashing.runtime.compose;

import dev.lashing.core.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where the compose loader reads its files from (compose files, {@code .env}, {@code env_file:},
 * {@code extends: file:}): the disk, or memory in tests and fuzzing. Reads are bounded in size.
 */
@FunctionalInterface
public interface ComposeFiles {

    /** The outcome of reading one file. */
    sealed interface Result permits Found, Missing, Failed {}

    /**
     * The file's text.
     *
     * @param file the file, its path as resolved
     */
    record Found(SourceFile file) implements Result {
        /** Checks the file. */
        public Found {
            Objects.requireNonNull(file, "file");
        }
    }

    /** No such file. */
    record Missing() implements Result {}

    /**
     * The file exists but cannot be read (too large, a directory, unreadable).
     *
     * @param reason why, for the message
     */
    record Failed(String reason) implements Result {
        /** Checks the reason. */
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Reads {@code path}, refusing files over {@code maxBytes} bytes. */
    Result read(Path path, long maxBytes);

    /** Files on disk, decoded as UTF-8 (malformed bytes replaced). */
    static ComposeFiles disk() {
        return disk(null);
    }

    /**
     * Files on disk, relative paths taken from {@code base} (the command line's working directory)
     * but shown as given, so that reports name {@code ops/compose.yaml}, not an absolute path.
     */
    static ComposeFiles disk(Path base) {
        return (shown, maxBytes) -> {
            Path path = base == null ? shown : base.resolve(shown);
            try {
                if (Files.isDirectory(path)) {
                    return new Failed("is a directory");
                }
                if (Files.size(path) > maxBytes) {
                    return new Failed("file too large (more than " + maxBytes + " bytes)");
                }
                byte[] bytes;
                try (InputStream in = Files.newInputStream(path)) {
                    bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                }
                if (bytes.length > maxBytes) {
                    return new Failed("file too large (more than " + maxBytes + " bytes)");
                }
                return new Found(new SourceFile(shown.toString(), new String(bytes, StandardCharsets.UTF_8)));
            } catch (NoSuchFileException e) {
                return new Missing();
            } catch (IOException | SecurityException e) {
                return new Failed("cannot be read (" + e.getClass().getSimpleName() + ")");
            }
        };
    }

    /** Files held in memory by path (as {@link Path#toString()} of the normalised path); others are missing. */
    static ComposeFiles inMemory(Map<String, String> files) {
        Map<String, String> copy = Map.copyOf(files);
        return (path, maxBytes) -> {
            String key = path.normalize().toString();
            String text = copy.get(key);
            if (text == null) {
                return new Missing();
            }
            if (text.length() > maxBytes) {
                return new Failed("file too large (more than " + maxBytes + " bytes)");
            }
            return new Found(new SourceFile(key, text));
        };
    }
}
