package dev.lashing.image.oci;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A content digest as OCI writes it ({@code sha256:<64 hex>}, {@code sha512:<128 hex>}), with a
 * stream that verifies content against it while it is read.
 */
public record Digest(String algorithm, String hex) {

    /** Checks the algorithm and the hex length and alphabet. */
    public Digest {
        int expected = switch (algorithm) {
            case "sha256" -> 64;
            case "sha384" -> 96;
            case "sha512" -> 128;
            default -> throw new IllegalArgumentException("unsupported digest algorithm '" + algorithm + "'");
        };
        if (hex.length() != expected) {
            throw new IllegalArgumentException(algorithm + " digest must have " + expected + " hex digits, not "
                    + hex.length());
        }
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                throw new IllegalArgumentException("digest must be lower-case hex");
            }
        }
    }

    /** Parses {@code algorithm:hex}; fails with {@link IllegalArgumentException} on anything else. */
    public static Digest parse(String text) {
        if (text == null || text.length() > 200) {
            throw new IllegalArgumentException("not a digest");
        }
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("digest must be algorithm:hex, not '" + text + "'");
        }
        return new Digest(text.substring(0, colon), text.substring(colon + 1));
    }

    /** The digest of {@code bytes} with {@code algorithm}. */
    public static Digest of(String algorithm, byte[] bytes) {
        MessageDigest md = messageDigest(algorithm);
        return new Digest(algorithm, HexFormat.of().formatHex(md.digest(bytes)));
    }

    @Override
    public String toString() {
        return algorithm + ":" + hex;
    }

    /** The same algorithm as Java names it. */
    private static MessageDigest messageDigest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm.toUpperCase(Locale.ROOT).replace("SHA", "SHA-"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm, e);
        }
    }

    /**
     * Wraps {@code in} so that reading it to the end checks its content against this digest; a
     * mismatch raises {@link Mismatch} at end of stream, before the consumer sees EOF.
     */
    public InputStream verifying(InputStream in, String what) {
        MessageDigest md = messageDigest(algorithm);
        return new ReadThroughInputStream(in) {
            private boolean checked;

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = in.read(buf, off, len);
                if (n < 0) {
                    check();
                } else {
                    md.update(buf, off, n);
                }
                return n;
            }

            /** Marking would hash re-read bytes twice. */
            @Override
            public boolean markSupported() {
                return false;
            }

            @Override
            public synchronized void mark(int readlimit) {
                // unsupported: see markSupported
            }

            @Override
            public synchronized void reset() throws IOException {
                throw new IOException("mark/reset not supported on a verifying stream");
            }

            private void check() throws Mismatch {
                if (!checked) {
                    checked = true;
                    Digest actual = new Digest(algorithm, HexFormat.of().formatHex(md.digest()));
                    if (!actual.equals(Digest.this)) {
                        throw new Mismatch(what, Digest.this, actual);
                    }
                }
            }
        };
    }

    /** Content whose digest differs from the one its descriptor promised. */
    public static final class Mismatch extends IOException {
        private static final long serialVersionUID = 1L;

        /** Describes the mismatch for {@code what} (a blob, a layer). */
        public Mismatch(String what, Digest expected, Digest actual) {
            super(what + ": digest mismatch, expected " + expected + " but the content is " + actual);
        }
    }
}
