package dev.lashing.image.layer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LayerPathTest {

    private static String clean(String name) {
        LayerPath.Result r = LayerPath.of(name);
        assertThat(r).as(name).isInstanceOf(LayerPath.Clean.class);
        return ((LayerPath.Clean) r).path().path();
    }

    private static String refused(String name) {
        LayerPath.Result r = LayerPath.of(name);
        assertThat(r).as(name).isInstanceOf(LayerPath.Refused.class);
        return ((LayerPath.Refused) r).reason();
    }

    @Test
    void namesAreNormalised() {
        assertThat(clean("./usr/bin/env")).isEqualTo("usr/bin/env");
        assertThat(clean("/etc//passwd")).isEqualTo("etc/passwd");
        assertThat(clean("usr/lib/../bin/./sh")).isEqualTo("usr/bin/sh");
        assertThat(clean("var/cache/")).isEqualTo("var/cache");
        assertThat(clean("./")).isEmpty();
        assertThat(clean("a/b/../..")).isEmpty();
    }

    @Test
    void hostileNamesAreRefused() {
        assertThat(refused("../etc/passwd")).contains("climbs out");
        assertThat(refused("usr/../../etc/shadow")).contains("climbs out");
        assertThat(refused("/../../root/.ssh/authorized_keys")).contains("climbs out");
        assertThat(refused("etc/pass\0wd")).contains("NUL");
        assertThat(refused("a/".repeat(LayerPath.MAX_DEPTH + 1))).contains("deeper");
        assertThat(refused("x".repeat(LayerPath.MAX_LENGTH + 1))).contains("longer");
    }

    @Test
    void whiteoutsAndOpaqueMarkers() {
        LayerPath w = ((LayerPath.Clean) LayerPath.of("etc/.wh.shadow")).path();
        assertThat(w.whitedOut()).contains("etc/shadow");
        LayerPath top = ((LayerPath.Clean) LayerPath.of(".wh.tmp")).path();
        assertThat(top.whitedOut()).contains("tmp");
        LayerPath opaque = ((LayerPath.Clean) LayerPath.of("var/lib/.wh..wh..opq")).path();
        assertThat(opaque.isOpaqueMarker()).isTrue();
        assertThat(opaque.whitedOut()).isEmpty();
        assertThat(((LayerPath.Clean) LayerPath.of("etc/passwd")).path().whitedOut()).isEmpty();
        assertThat(((LayerPath.Clean) LayerPath.of("etc/passwd")).path().parent()).isEqualTo("etc");
    }
}
