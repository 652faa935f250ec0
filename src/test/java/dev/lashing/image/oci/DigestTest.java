package dev.lashing.image.oci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DigestTest {
    private static final String EMPTY_SHA256 = "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @Test
    void parsesAndPrintsBack() {
        assertThat(Digest.parse(EMPTY_SHA256).toString()).isEqualTo(EMPTY_SHA256);
        assertThat(Digest.of("sha256", new byte[0])).isEqualTo(Digest.parse(EMPTY_SHA256));
        assertThat(Digest.of("sha512", new byte[0]).hex()).hasSize(128);
    }

    @Test
    void refusesMalformedDigests() {
        for (String bad : new String[] {"sha256", "sha256:abc", "md5:d41d8cd98f00b204e9800998ecf8427e",
                EMPTY_SHA256.toUpperCase(), "sha256:" + "g".repeat(64), ":" + "a".repeat(64)}) {
            assertThatThrownBy(() -> Digest.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void verifyingStreamPassesMatchingContent() throws IOException {
        byte[] content = "layer".getBytes(StandardCharsets.UTF_8);
        Digest d = Digest.of("sha256", content);
        try (InputStream in = d.verifying(new ByteArrayInputStream(content), "blob")) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void verifyingStreamFailsAtTheEndOnMismatch() {
        Digest d = Digest.parse(EMPTY_SHA256);
        assertThatThrownBy(() -> {
            try (InputStream in = d.verifying(new ByteArrayInputStream(new byte[] {1, 2, 3}), "layer 2")) {
                in.readAllBytes();
            }
        }).isInstanceOf(Digest.Mismatch.class).hasMessageContaining("layer 2: digest mismatch")
                .hasMessageContaining(EMPTY_SHA256);
    }
}
