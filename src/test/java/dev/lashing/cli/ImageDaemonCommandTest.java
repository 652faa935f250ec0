package dev.lashing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.image.archive.FakeEngine;
import dev.lashing.image.archive.TestImages;
import dev.lashing.image.archive.TestImages.DockerFlavour;
import dev.lashing.image.archive.TestImages.Image;
import dev.lashing.image.archive.TestImages.Layer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code lashing image --daemon NAME}: the image comes from an engine's API socket. */
@Timeout(60)
class ImageDaemonCommandTest {
    @TempDir
    Path dir;

    private byte[] exportOf(String config) throws Exception {
        Layer layer = TestImages.gzipLayer(TestImages.Entry.file("etc/passwd", "root:x:0:0:root:/root:/bin/sh\n"));
        Image image = Image.of(TestImages.configJson("amd64", config, List.of(layer)), layer).tagged("demo:1");
        return Files.readAllBytes(TestImages.writeDockerArchive(dir.resolve("export.tar"), DockerFlavour.CLASSIC, image));
    }

    @Test
    void scansAnImageExportedByTheEngineNamedInDockerHost() throws Exception {
        Path socket = dir.resolve("engine.sock");
        AtomicReference<String> request = new AtomicReference<>();
        Thread engine = FakeEngine.serve(socket, FakeEngine.chunked(exportOf("\"User\": \"\""), 4096), request);
        CliRunner.Run run = new CliRunner(dir).env("DOCKER_HOST", "unix://" + socket).run("image", "--isolated",
                "--no-progress", "--daemon", "demo:1");
        engine.join(10_000);
        assertThat(request.get()).isEqualTo("GET /images/demo:1/get HTTP/1.1");
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("image demo:1 (daemon)").contains("IM001");
        assertThat(run.status()).isEqualTo(Cli.FINDINGS);
    }

    @Test
    void anExplicitSocketWinsOverDockerHost() throws Exception {
        Path socket = dir.resolve("podman.sock");
        AtomicReference<String> request = new AtomicReference<>();
        Thread engine = FakeEngine.serve(socket, FakeEngine.chunked(exportOf("\"User\": \"app\""), 100), request);
        CliRunner.Run run = new CliRunner(dir).env("DOCKER_HOST", "unix:///nonexistent/docker.sock").run("image",
                "--isolated", "--no-progress", "--format", "json", "--daemon", "--daemon-socket", "podman.sock",
                "demo:1");
        engine.join(10_000);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("\"layout\": \"daemon\"").doesNotContain("IM001");
    }

    @Test
    void anEngineErrorIsReportedWithItsMessage() throws Exception {
        Path socket = dir.resolve("engine.sock");
        byte[] notFound = TestImages.utf8("HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\n"
                + "Content-Length: 38\r\n\r\n{\"message\":\"No such image: nothere:1\"}");
        Thread engine = FakeEngine.serve(socket, notFound, new AtomicReference<>());
        CliRunner.Run run = new CliRunner(dir).run("image", "--isolated", "--daemon", "--daemon-socket",
                socket.toString(), "nothere:1");
        engine.join(10_000);
        assertThat(run.status()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("cannot export nothere:1: HTTP 404: No such image: nothere:1");
    }

    @Test
    void tcpDockerHostIsRefusedWithAWayOut() {
        CliRunner.Run run = new CliRunner(dir).env("DOCKER_HOST", "tcp://10.0.0.1:2376").run("image", "--isolated",
                "--daemon", "demo:1");
        assertThat(run.status()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("only unix:// sockets are supported").contains("docker save");
    }

    @Test
    void noSocketAnywhereNamesThePlacesTried() throws Exception {
        Map<String, String> env = Map.of("XDG_RUNTIME_DIR", dir.resolve("run").toString());
        assertThat(DaemonSockets.candidates(env)).contains(dir.resolve("run/podman/podman.sock"));
        CliRunner.Run run = new CliRunner(dir).env("XDG_RUNTIME_DIR", dir.resolve("run").toString()).run("image",
                "--isolated", "--daemon", "--daemon-socket", "missing.sock", "demo:1");
        assertThat(run.status()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("--daemon-socket").contains("no such socket");
    }

    @Test
    void aSocketWithoutDaemonIsAUsageError() {
        CliRunner.Run run = new CliRunner(dir).run("image", "--isolated", "--daemon-socket", "x.sock", "app.tar");
        assertThat(run.status()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("--daemon-socket needs --daemon");
    }
}
