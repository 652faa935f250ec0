package dev.lashing.image.archive;

import dev.lashing.image.oci.ReadThroughInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A minimal HTTP/1.1 response reader for the Engine API socket: status line, headers (bounded), and
 * a body stream that decodes {@code Transfer-Encoding: chunked} or honours {@code Content-Length}.
 *
 * @param status the status code
 * @param headers the headers, names in lower case
 * @param body the decoded body
 */
record HttpResponse(int status, Map<String, String> headers, InputStream body) {
    private static final int MAX_LINE = 8192;
    private static final int MAX_HEADERS = 100;

    /** Reads the status line and headers from {@code in}; the body is left to read. */
    static HttpResponse read(InputStream in) throws IOException {
        String statusLine = line(in);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.x response: '" + statusLine + "'");
        }
        int status;
        try {
            status = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IOException("bad HTTP status '" + parts[1] + "'", e);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            if (headers.size() >= MAX_HEADERS) {
                throw new IOException("more than " + MAX_HEADERS + " HTTP headers");
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IOException("malformed HTTP header '" + line + "'");
            }
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        InputStream body;
        if (headers.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT).contains("chunked")) {
            body = new ChunkedInputStream(in);
        } else if (headers.containsKey("content-length")) {
            long length;
            try {
                length = Long.parseLong(headers.get("content-length"));
            } catch (NumberFormatException e) {
                throw new IOException("bad Content-Length '" + headers.get("content-length") + "'", e);
            }
            body = new LengthInputStream(in, length);
        } else {
            body = in;
        }
        return new HttpResponse(status, headers, body);
    }

    /** Reads one CRLF- (or LF-) terminated line of at most {@value #MAX_LINE} bytes. */
    static String line(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                throw new EOFException("connection closed in the middle of an HTTP line");
            }
            if (buf.size() >= MAX_LINE) {
                throw new IOException("HTTP line longer than " + MAX_LINE + " bytes");
            }
            buf.write(b);
        }
        String s = buf.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    /** Decodes a chunked body; trailers are read and dropped. */
    static final class ChunkedInputStream extends ReadThroughInputStream {
        private long remaining;
        private boolean done;

        ChunkedInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (done) {
                return -1;
            }
            if (remaining == 0) {
                String size = line(in);
                int semi = size.indexOf(';');
                String hex = (semi >= 0 ? size.substring(0, semi) : size).trim();
                if (hex.isEmpty() || hex.length() > 15) {
                    throw new IOException("bad chunk size '" + size + "'");
                }
                try {
                    remaining = Long.parseLong(hex, 16);
                } catch (NumberFormatException e) {
                    throw new IOException("bad chunk size '" + size + "'", e);
                }
                if (remaining == 0) {
                    done = true;
                    while (!line(in).isEmpty()) {
                        // trailers: dropped
                    }
                    return -1;
                }
            }
            int n = in.read(b, off, (int) Math.min(len, remaining));
            if (n < 0) {
                throw new EOFException("connection closed in the middle of a chunk");
            }
            remaining -= n;
            if (remaining == 0 && !line(in).isEmpty()) {
                throw new IOException("chunk not followed by CRLF");
            }
            return n;
        }
    }

    /** A body of known length; ending early is an error. */
    static final class LengthInputStream extends ReadThroughInputStream {
        private long remaining;

        LengthInputStream(InputStream in, long length) {
            super(in);
            this.remaining = length;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, remaining));
            if (n < 0) {
                throw new EOFException("connection closed with " + remaining + " bytes of the body missing");
            }
            remaining -= n;
            return n;
        }
    }
}
