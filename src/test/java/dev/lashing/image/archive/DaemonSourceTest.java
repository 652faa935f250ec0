package dev.lashing.image.archive;

import static dev.lashing.image.archive.TestImages.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lashing.image.archive.TestImages.DockerFlavour;
import dev.lashing.image.archive.TestImages.Image;
import dev.lashing.image.archive.TestImages.Layer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DaemonSourceTest {
    @TempDir
    Path tmp;

    @Test
    void exportsAnImageOverTheEngineSocket() throws Exception {
        Layer layer = TestImages.gzipLayer(TestImages.Entry.file("a", "b"));
        Image image = Image.of(TestImages.configJson("amd64", "\"User\": \"x\"", List.of(layer)), layer)
                .tagged("docker.io/library/demo:1");
        byte[] archive = Files.readAllBytes(TestImages.writeDockerArchive(tmp.resolve("a.tar"), DockerFlavour.SKOPEO, image));
        Path socket = tmp.resolve("d.sock");
        AtomicReference<String> request = new AtomicReference<>();
        Thread server = FakeEngine.serve(socket, FakeEngine.chunked(archive, 1000), request);
        Path spool = Files.createDirectories(tmp.resolve("spool"));
        try (DaemonSource source = DaemonSource.open(socket, "demo:1", spool, 1 << 24)) {
            ResolvedImage resolved = source.resolve(Optional.empty(), Optional.empty());
            assertThat(resolved.layout()).isEqualTo("daemon");
            assertThat(resolved.display()).isEqualTo("demo:1");
            assertThat(resolved.config().user()).isEqualTo("x");
            try (InputStream in = resolved.layers().get(0).openTar()) {
                assertThat(in.readAllBytes()).isEqualTo(layer.tar());
            }
        }
        server.join();
        assertThat(request.get()).isEqualTo("GET /images/demo:1/get HTTP/1.1");
        try (var listing = Files.list(spool)) {
            assertThat(listing.count()).isZero();
        }
    }

    @Test
    void reportsTheEnginesError() throws Exception {
        Path socket = tmp.resolve("e.sock");
        byte[] body = utf8("{\"message\":\"reference does not exist\"}");
        Thread server = FakeEngine.serve(socket, utf8("HTTP/1.1 404 Not Found\r\nContent-Length: " + body.length + "\r\n\r\n"
                + new String(body, java.nio.charset.StandardCharsets.UTF_8)), new AtomicReference<>());
        assertThatThrownBy(() -> DaemonSource.open(socket, "nope latest", tmp, 1 << 20))
                .isInstanceOf(ImageException.class).hasMessageContaining("HTTP 404")
                .hasMessageContaining("reference does not exist");
        server.join();
        assertThat(DaemonSource.encode("nope latest")).isEqualTo("nope%20latest");
    }

    @Test
    void chunkedDecodingRejectsGarbage() {
        assertThatThrownBy(() -> new HttpResponse.ChunkedInputStream(new ByteArrayInputStream(utf8("zz\r\n"))).read())
                .isInstanceOf(IOException.class).hasMessageContaining("bad chunk size");
        assertThatThrownBy(() -> new HttpResponse.ChunkedInputStream(new ByteArrayInputStream(utf8("10\r\nabc"))).readAllBytes())
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> DaemonSource.open(tmp.resolve("absent.sock"), "x", tmp, 10))
                .isInstanceOf(ImageException.class).hasMessageContaining("daemon at");
    }
}
