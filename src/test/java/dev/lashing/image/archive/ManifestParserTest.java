package dev.lashing.image.archive;

import static dev.lashing.image.archive.TestImages.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lashing.image.oci.ImageIndex;
import dev.lashing.image.oci.Manifest;
import dev.lashing.image.oci.MediaTypes;
import org.junit.jupiter.api.Test;

class ManifestParserTest {
    private static final String D = "sha256:" + "a".repeat(64);

    @Test
    void parsesDockerV2ManifestWithForeignLayer() throws Exception {
        Manifest m = ManifestParser.parseManifest(utf8("{\"schemaVersion\":2,\"mediaType\":\"" + MediaTypes.DOCKER_MANIFEST
                + "\",\"config\":{\"mediaType\":\"" + MediaTypes.DOCKER_CONFIG + "\",\"digest\":\"" + D + "\",\"size\":7},"
                + "\"layers\":[{\"mediaType\":\"application/vnd.docker.image.rootfs.foreign.diff.tar.gzip\",\"digest\":\""
                + D + "\",\"size\":1,\"urls\":[\"https://x\"]}],\"annotations\":{\"" + Manifest.BASE_NAME + "\":\"debian:12\"}}"), "m");
        assertThat(m.layers()).hasSize(1);
        assertThat(MediaTypes.isNonDistributable(m.layers().get(0).mediaType())).isTrue();
        assertThat(MediaTypes.isLayer("application/vnd.oci.image.layer.v1.tar+zstd")).isTrue();
        assertThat(MediaTypes.isLayer("application/vnd.in-toto+json")).isFalse();
        assertThat(m.baseImageName()).contains("debian:12");
    }

    @Test
    void parsesManifestListWithPlatforms() throws Exception {
        ImageIndex index = ManifestParser.parseIndex(utf8("{\"mediaType\":\"" + MediaTypes.DOCKER_MANIFEST_LIST
                + "\",\"manifests\":[{\"mediaType\":\"" + MediaTypes.DOCKER_MANIFEST + "\",\"digest\":\"" + D
                + "\",\"size\":3,\"platform\":{\"os\":\"linux\",\"architecture\":\"arm\",\"variant\":\"v7\"}}]}"), "i");
        assertThat(index.manifests().get(0).platform()).hasValueSatisfying(p -> assertThat(p.toString()).isEqualTo("linux/arm/v7"));
    }

    @Test
    void refusesBadDescriptors() {
        assertThatThrownBy(() -> ManifestParser.parseIndex(utf8("{\"manifests\":[{\"digest\":\"" + D + "\",\"size\":-1}]}"), "i"))
                .hasMessageContaining("/manifests/0/size");
        assertThatThrownBy(() -> ManifestParser.parseManifest(utf8("{\"schemaVersion\":1}"), "m"))
                .hasMessageContaining("schema 1");
        assertThatThrownBy(() -> ManifestParser.parseDockerManifest(utf8("{}"), "manifest.json"))
                .isInstanceOf(ImageException.class);
    }
}
