package dev.lashing.files;

import dev.lashing.core.InputError;
import dev.lashing.core.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads an {@link InputFile} as UTF-8 with a size cap. Text is kept byte-for-byte, including a
 * leading byte order mark (the parser round-trips it). Malformed UTF-8 is decoded with replacement
 * characters and reported as not lossless, so that fixes are never written back into such a file.
 */
public final class SourceReader {
    /** The default size cap: 10 MiB. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    /** The outcome of reading one input. */
    public sealed interface Result permits Read, Failed {}

    /** A successfully read input; {@code lossless} is false when malformed UTF-8 was replaced. */
    public record Read(SourceFile source, boolean lossless) implements Result {
        /** Checks required fields. */
        public Read {
            Objects.requireNonNull(source, "source");
        }
    }

    /** An input that could not be read. */
    public record Failed(InputError error) implements Result {
        /** Checks required fields. */
        public Failed {
            Objects.requireNonNull(error, "error");
        }
    }

    private SourceReader() {}

    /** Reads {@code input} (from {@code stdin} when it is {@code -}), refusing more than {@code maxBytes} bytes. */
    public static Result read(InputFile input, long maxBytes, InputStream stdin) {
        String name = input.displayPath();
        byte[] bytes;
        try {
            if (input.isStdin()) {
                bytes = readCapped(stdin, maxBytes);
            } else {
                Path p = input.path().orElseThrow();
                if (Files.isDirectory(p)) {
                    return fail(name, "is a directory");
                }
                long size = Files.size(p);
                if (size > maxBytes) {
                    return fail(name, tooLarge(size, maxBytes));
                }
                try (InputStream in = Files.newInputStream(p)) {
                    bytes = readCapped(in, maxBytes);
                }
            }
        } catch (TooLarge e) {
            return fail(name, "file too large (more than " + maxBytes + " bytes)");
        } catch (IOException e) {
            return fail(name, FileDiscovery.reason(e));
        }
        if (isBinary(bytes)) {
            return fail(name, "binary file (it contains NUL bytes), not linted");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new Read(new SourceFile(name, text), true);
        } catch (CharacterCodingException e) {
            return new Read(new SourceFile(name, new String(bytes, StandardCharsets.UTF_8)), false);
        }
    }

    /** Git's test: a NUL byte among the first 8000 bytes means binary. Text files never hold NUL. */
    private static boolean isBinary(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 8000); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static Failed fail(String name, String message) {
        return new Failed(InputError.ofFile(name, message));
    }

    private static String tooLarge(long size, long limit) {
        return "file too large (" + size + " bytes, limit " + limit + ")";
    }

    private static byte[] readCapped(InputStream in, long maxBytes) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new TooLarge();
        }
        return bytes;
    }

    private static final class TooLarge extends IOException {
        TooLarge() {
            super("too large");
        }
    }
}
