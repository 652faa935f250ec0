package dev.lashing.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lashing.image.archive.ImageConfigParser;
import dev.lashing.image.archive.ImageException;
import dev.lashing.image.archive.ImageSource;
import dev.lashing.image.archive.ImageSources;
import dev.lashing.image.archive.LayerBlob;
import dev.lashing.image.archive.ResolvedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Fuzzes image archives and config JSON: only {@link ImageException} and {@link IOException} may escape. */
class ImageArchiveFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void archivesFailOnlyWithImageOrIoExceptions(FuzzedDataProvider data) throws IOException {
        boolean asConfig = data.consumeBoolean();
        byte[] bytes = data.consumeRemainingAsBytes();
        if (asConfig) {
            try {
                ImageConfigParser.parse(bytes, "fuzz").location("/config/User");
            } catch (ImageException expected) {
                // malformed input is reported, never crashes
            }
            return;
        }
        Path dir = Files.createTempDirectory("lashing-fuzz");
        try (InputStream in = new java.io.ByteArrayInputStream(bytes);
                ImageSource source = ImageSources.openStdin(in, dir, 1 << 20)) {
            ResolvedImage image = source.resolve(Optional.empty(), Optional.empty());
            for (LayerBlob layer : image.layers()) {
                try (InputStream tar = layer.openTar()) {
                    tar.transferTo(OutputStream.nullOutputStream());
                } catch (IOException expected) {
                    // corrupt layers are reported, never crash
                }
            }
        } catch (ImageException expected) {
            // not an image: reported, never crashes
        } finally {
            Files.deleteIfExists(dir);
        }
    }
}
