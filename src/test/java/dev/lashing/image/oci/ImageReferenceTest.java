package dev.lashing.image.oci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImageReferenceTest {

    @Test
    void dockerHubNormalisation() {
        ImageReference r = ImageReference.parse("alpine");
        assertThat(r.registry()).isEqualTo("docker.io");
        assertThat(r.repository()).isEqualTo("library/alpine");
        assertThat(r.tag()).isEmpty();
        assertThat(r.isOfficial()).isTrue();
        assertThat(ImageReference.parse("bitnami/redis:7").repository()).isEqualTo("bitnami/redis");
        assertThat(ImageReference.parse("index.docker.io/library/node:20").familiarName()).isEqualTo("node");
    }

    @Test
    void registriesPortsTagsAndDigests() {
        ImageReference r = ImageReference.parse("localhost:5000/team/app:1.2@sha256:abcd");
        assertThat(r.registry()).isEqualTo("localhost:5000");
        assertThat(r.repository()).isEqualTo("team/app");
        assertThat(r.tag()).contains("1.2");
        assertThat(r.digest()).contains("sha256:abcd");
        assertThat(ImageReference.parse("ghcr.io/acme/tool").registry()).isEqualTo("ghcr.io");
        assertThat(ImageReference.parse("registry:5000/x").registry()).isEqualTo("registry:5000");
        assertThat(ImageReference.parse("gcr.io/distroless/static:nonroot").name()).isEqualTo("static");
    }

    @Test
    void invalidReferences() {
        assertThatThrownBy(() -> ImageReference.parse("a b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ImageReference.parse("alpine:")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ImageReference.parse("x@nodigest")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ImageReference.tryParse("")).isEmpty();
    }
}
