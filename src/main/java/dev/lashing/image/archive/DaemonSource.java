package dev.lashing.image.archive;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lashing.image.oci.Platform;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Images from a local Docker or Podman engine: {@code GET /images/{name}/get} over the Engine API's
 * unix socket, spooled to a temporary docker-save archive and read from there.
 */
public final class DaemonSource implements ImageSource {
    private final ImageSource spooled;
    private final String name;

    private DaemonSource(ImageSource spooled, String name) {
        this.spooled = spooled;
        this.name = name;
    }

    /**
     * Exports {@code image} from the engine listening on {@code socket} into a temporary directory
     * inside {@code tempDir} (deleted on {@code close()}), refusing more than {@code maxBytes}.
     */
    public static DaemonSource open(Path socket, String image, Path tempDir, long maxBytes) throws ImageException {
        return open(socket, image, tempDir, maxBytes, ImageLimits.defaults());
    }

    /** Exports {@code image} as {@link #open(Path, String, Path, long)} does, with the given limits. */
    public static DaemonSource open(Path socket, String image, Path tempDir, long maxBytes, ImageLimits limits)
            throws ImageException {
        String where = "daemon at " + socket;
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            String request = "GET /images/" + encode(image) + "/get HTTP/1.1\r\nHost: docker\r\n"
                    + "User-Agent: lashing\r\nAccept: application/x-tar\r\nConnection: close\r\n\r\n";
            Channels.newOutputStream(channel).write(request.getBytes(StandardCharsets.US_ASCII));
            InputStream in = new BufferedInputStream(Channels.newInputStream(channel), 64 * 1024);
            HttpResponse response = HttpResponse.read(in);
            if (response.status() != 200) {
                throw new ImageException(where + ": cannot export " + image + ": HTTP " + response.status()
                        + errorMessage(response.body()));
            }
            return new DaemonSource(ImageSources.spool(response.body(), tempDir, maxBytes, limits, image,
                    "the export of " + image), image);
        } catch (IOException e) {
            throw new ImageException(where + ": cannot export " + image + ": " + e.getMessage(), e);
        }
    }

    @Override
    public ResolvedImage resolve(Optional<Platform> platform, Optional<String> tag) throws ImageException {
        ResolvedImage r = spooled.resolve(platform, tag);
        return new ResolvedImage(name, "daemon", r.references(), r.manifestDigest(), r.configDigest(), r.config(),
                r.layers(), r.platforms(), r.baseImageName());
    }

    @Override
    public void close() {
        spooled.close();
    }

    /** Percent-encodes what may not stand in a URL path (an image name keeps its {@code / : @}). */
    static String encode(String image) {
        StringBuilder out = new StringBuilder();
        for (byte b : image.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/:@".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    /** The engine's {@code {"message": ...}} error, when it sent one. */
    private static String errorMessage(InputStream body) {
        try {
            byte[] bytes = body.readNBytes(64 * 1024);
            JsonNode node = Json.read(bytes, "the engine's error");
            if (node.path("message").isTextual()) {
                return ": " + node.path("message").asText();
            }
            return "";
        } catch (IOException | ImageException e) {
            return "";
        }
    }
}
