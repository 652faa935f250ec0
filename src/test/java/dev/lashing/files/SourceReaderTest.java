package dev.lashing.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest {
    private static final InputStream NO_STDIN = InputStream.nullInputStream();

    @TempDir
    Path dir;

    @Test
    void readsUtf8Losslessly() throws Exception {
        Path f = Files.writeString(dir.resolve("Dockerfile"), "FROM alpine\nLABEL x=\"é\"\n");
        SourceReader.Result r = SourceReader.read(InputFile.of("Dockerfile", f), SourceReader.DEFAULT_MAX_BYTES, NO_STDIN);
        assertThat(r).isInstanceOf(SourceReader.Read.class);
        SourceReader.Read read = (SourceReader.Read) r;
        assertThat(read.lossless()).isTrue();
        assertThat(read.source().text()).isEqualTo("FROM alpine\nLABEL x=\"é\"\n");
        assertThat(read.source().path()).isEqualTo("Dockerfile");
    }

    @Test
    void keepsByteOrderMark() throws Exception {
        Path f = Files.write(dir.resolve("Dockerfile"), "\uFEFFFROM alpine\n".getBytes(StandardCharsets.UTF_8));
        SourceReader.Read read = (SourceReader.Read) SourceReader.read(InputFile.of("Dockerfile", f), 100, NO_STDIN);
        assertThat(read.source().text()).startsWith("\uFEFF").endsWith("FROM alpine\n");
        assertThat(read.lossless()).isTrue();
    }

    @Test
    void malformedUtf8IsReplacedAndMarkedLossy() throws Exception {
        byte[] bytes = {'F', 'R', 'O', 'M', ' ', (byte) 0xC3, (byte) 0x28, '\n'};
        Path f = Files.write(dir.resolve("Dockerfile"), bytes);
        SourceReader.Read read = (SourceReader.Read) SourceReader.read(InputFile.of("Dockerfile", f), 100, NO_STDIN);
        assertThat(read.lossless()).isFalse();
        assertThat(read.source().text()).contains("\uFFFD").startsWith("FROM ");
    }

    @Test
    void fileOverTheCapIsAnError() throws Exception {
        Path f = Files.writeString(dir.resolve("Dockerfile"), "x".repeat(101));
        SourceReader.Result r = SourceReader.read(InputFile.of("Dockerfile", f), 100, NO_STDIN);
        assertThat(r).isInstanceOf(SourceReader.Failed.class);
        assertThat(((SourceReader.Failed) r).error().describe())
                .isEqualTo("Dockerfile: file too large (101 bytes, limit 100)");
        assertThat(SourceReader.read(InputFile.of("Dockerfile", f), 101, NO_STDIN)).isInstanceOf(SourceReader.Read.class);
    }

    @Test
    void stdinIsReadAndCapped() {
        SourceReader.Read read = (SourceReader.Read) SourceReader.read(InputFile.stdin(), 100,
                new ByteArrayInputStream("FROM scratch\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(read.source().path()).isEqualTo("-");
        assertThat(read.source().text()).isEqualTo("FROM scratch\n");
        SourceReader.Result big = SourceReader.read(InputFile.stdin(), 10,
                new ByteArrayInputStream(new byte[1000]));
        assertThat(((SourceReader.Failed) big).error().message()).startsWith("file too large");
    }

    @Test
    void directoryIsAnError() {
        SourceReader.Result r = SourceReader.read(InputFile.of("sub", dir), 100, NO_STDIN);
        assertThat(((SourceReader.Failed) r).error().describe()).isEqualTo("sub: is a directory");
    }

    @Test
    void missingFileIsAnErrorWithTheReason() {
        SourceReader.Result r = SourceReader.read(InputFile.of("nope", dir.resolve("nope")), 100, NO_STDIN);
        assertThat(((SourceReader.Failed) r).error().describe()).isEqualTo("nope: no such file or directory");
    }

    @Test
    void binaryFilesAreNotLinted() throws java.io.IOException {
        java.nio.file.Path f = dir.resolve("Dockerfile.bin");
        java.nio.file.Files.write(f, new byte[] {'F', 'R', 'O', 'M', ' ', 0, 1, 2});
        SourceReader.Result r = SourceReader.read(InputFile.of("Dockerfile.bin", f), SourceReader.DEFAULT_MAX_BYTES, NO_STDIN);
        assertThat(r).isInstanceOfSatisfying(SourceReader.Failed.class,
                failed -> assertThat(failed.error().message()).startsWith("binary file"));
    }
}
