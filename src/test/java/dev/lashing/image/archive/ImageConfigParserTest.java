package dev.lashing.image.archive;

import static dev.lashing.image.archive.TestImages.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lashing.core.Location;
import dev.lashing.image.oci.ImageConfig;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ImageConfigParserTest {
    private static final String DOCKER = """
            {"architecture":"arm64","variant":"v8","os":"linux","created":"2024-05-06T07:08:09.5+02:00",
             "config":{"User":"appuser","Env":["PATH=/bin","DB_PASSWORD=hunter2","A=b"],"Entrypoint":null,
              "Cmd":["/bin/bash"],"WorkingDir":"/home/appuser","ExposedPorts":{"8080/tcp":{}},"Volumes":{"/data":{}},
              "Labels":{"a/b~c":"1"},"StopSignal":"SIGTERM",
              "Healthcheck":{"Test":["CMD","/bin/true"],"Interval":30000000000,"Timeout":3000000000,"Retries":3}},
             "rootfs":{"type":"layers","diff_ids":[]},
             "history":[{"created":"not a time","created_by":"/bin/sh -c #(nop) ADD file"},
                        {"created_by":"RUN x","comment":"buildkit.dockerfile.v0","empty_layer":true}]}
            """;

    @Test
    void parsesDockerConfig() throws Exception {
        ImageConfig c = ImageConfigParser.parse(utf8(DOCKER), "img.tar");
        assertThat(c.platform().toString()).isEqualTo("linux/arm64/v8");
        assertThat(c.created()).contains(Instant.parse("2024-05-06T05:08:09.5Z"));
        assertThat(c.user()).isEqualTo("appuser");
        assertThat(c.env()).containsExactly("PATH=/bin", "DB_PASSWORD=hunter2", "A=b");
        assertThat(c.entrypoint()).isEmpty();
        assertThat(c.cmd()).containsExactly("/bin/bash");
        assertThat(c.exposedPorts()).containsExactly("8080/tcp");
        assertThat(c.volumes()).containsExactly("/data");
        assertThat(c.labels()).containsEntry("a/b~c", "1");
        assertThat(c.stopSignal()).isEqualTo("SIGTERM");
        assertThat(c.healthcheck()).hasValueSatisfying(h -> {
            assertThat(h.test()).containsExactly("CMD", "/bin/true");
            assertThat(h.intervalNanos()).isEqualTo(30_000_000_000L);
            assertThat(h.retries()).isEqualTo(3);
        });
        assertThat(c.history()).hasSize(2);
        assertThat(c.history().get(0).created()).isEmpty();
        assertThat(c.history().get(1).emptyLayer()).isTrue();
        assertThat(c.history().get(1).comment()).isEqualTo("buildkit.dockerfile.v0");
    }

    @Test
    void emptyConfigHasEmptyValues() throws Exception {
        ImageConfig c = ImageConfigParser.parse(utf8("{\"config\": null}"), "x");
        assertThat(c.user()).isEmpty();
        assertThat(c.env()).isEmpty();
        assertThat(c.healthcheck()).isEmpty();
        assertThat(c.created()).isEmpty();
        assertThat(c.platform().toString()).isEqualTo("linux/unknown");
    }

    @Test
    void locatesJsonPointersInThePrettyDocument() throws Exception {
        ImageConfig c = ImageConfigParser.parse(utf8(DOCKER), "img.tar");
        Location user = c.location("/config/User");
        assertThat(user.file().path()).isEqualTo("img.tar!config.json");
        assertThat(user.text()).isEqualTo("\"User\" : \"appuser\"");
        assertThat(c.location("/config/Env/1").text()).isEqualTo("\"DB_PASSWORD=hunter2\"");
        assertThat(c.location("/history/1/created_by").text()).isEqualTo("\"created_by\" : \"RUN x\"");
        assertThat(c.location("/config/Labels/a~1b~0c").text()).isEqualTo("\"a/b~c\" : \"1\"");
        assertThat(c.location("/config/Healthcheck/Interval").text()).isEqualTo("\"Interval\" : 30000000000");
        assertThat(c.location("/config/ExposedPorts").text()).isEqualTo("\"ExposedPorts\" : {\n      \"8080/tcp\" : { }\n    }");
        assertThat(c.location("/config/Missing").text()).startsWith("\"config\" : {").endsWith("}");
        assertThat(c.location("/nowhere/at/all").text()).isEqualTo(user.file().text());
        assertThat(user.start().line()).isGreaterThan(1);
        assertThat(user.file().text()).startsWith("{\n  \"architecture\" : \"arm64\",");
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        assertThatThrownBy(() -> ImageConfigParser.parse(utf8("{\n \"a\": [1,\n 2,,]\n}"), "cfg.json"))
                .isInstanceOf(ImageException.class).hasMessageStartingWith("cfg.json:3:");
        assertThatThrownBy(() -> ImageConfigParser.parse(utf8("[]"), "cfg.json")).hasMessageContaining("JSON object");
        assertThatThrownBy(() -> ImageConfigParser.parse(utf8("{\"rootfs\": {\"diff_ids\": [\"md5:x\"]}}"), "c"))
                .hasMessageContaining("/rootfs/diff_ids/0");
        assertThatThrownBy(() -> ImageConfigParser.parse(utf8("[".repeat(5000)), "deep")).isInstanceOf(ImageException.class);
    }
}
