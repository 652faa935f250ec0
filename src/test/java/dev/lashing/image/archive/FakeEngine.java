package dev.lashing.image.archive;

import static dev.lashing.image.archive.TestImages.utf8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/** A one-request Docker Engine API stand-in on a unix socket, for tests of the daemon source. */
public final class FakeEngine {
    private FakeEngine() {}

    /** Serves one request on a unix socket with {@code response}, recording the request line. */
    public static Thread serve(Path socket, byte[] response, AtomicReference<String> requestLine) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Thread t = new Thread(() -> {
            try (server; SocketChannel client = server.accept()) {
                InputStream in = Channels.newInputStream(client);
                requestLine.set(HttpResponse.line(in));
                while (!HttpResponse.line(in).isEmpty()) {
                    // headers
                }
                OutputStream out = Channels.newOutputStream(client);
                out.write(response);
                out.flush();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        t.start();
        return t;
    }

    public static byte[] chunked(byte[] body, int chunk) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8("HTTP/1.1 200 OK\r\nContent-Type: application/x-tar\r\nTransfer-Encoding: chunked\r\n\r\n"));
        for (int i = 0; i < body.length; i += chunk) {
            int n = Math.min(chunk, body.length - i);
            out.writeBytes(utf8(Integer.toHexString(n) + ";ext=1\r\n"));
            out.write(body, i, n);
            out.writeBytes(utf8("\r\n"));
        }
        out.writeBytes(utf8("0\r\nX-Trailer: y\r\n\r\n"));
        return out.toByteArray();
    }

}
