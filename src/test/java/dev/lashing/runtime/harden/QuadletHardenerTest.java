package dev.lashing.runtime.harden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.SourceFile;
import dev.lashing.runtime.model.Loaded;
import dev.lashing.runtime.quadlet.QuadletParser;
import org.junit.jupiter.api.Test;

class QuadletHardenerTest {

    private static Hardened harden(String text) {
        return QuadletHardener.harden(new SourceFile("web.container", text));
    }

    private static void assertHardenedAndIdempotent(String before) {
        Hardened once = harden(before);
        assertThat(once.errors()).isEmpty();
        Loaded again = QuadletParser.parse(new SourceFile("web.container", once.text()));
        assertThat(again.errors()).isEmpty();
        assertThat(HardeningFindings.of(again)).isEmpty();
        assertThat(harden(once.text()).text()).isEqualTo(once.text());
    }

    @Test
    void keysAreAddedAfterTheLastContainerKeyAndOtherSectionsStay() {
        String before = """
                [Unit]
                Description=The web server

                [Container]
                # pinned by digest elsewhere
                Image=docker.io/library/nginx:1.27
                PublishPort=8080:80

                [Service]
                Restart=on-failure

                [Install]
                WantedBy=default.target
                """;
        Hardened h = harden(before);
        assertThat(h.text()).isEqualTo("""
                [Unit]
                Description=The web server

                [Container]
                # pinned by digest elsewhere
                Image=docker.io/library/nginx:1.27
                PublishPort=8080:80
                DropCapability=all
                AddCapability=NET_BIND_SERVICE
                NoNewPrivileges=true
                ReadOnly=true
                Tmpfs=/tmp:rw,noexec,nosuid,size=64m
                Tmpfs=/var/cache/nginx:rw,noexec,nosuid,size=64m
                Tmpfs=/var/run:rw,noexec,nosuid,size=64m
                Memory=512m
                PodmanArgs=--cpus=1
                User=10001
                Group=10001

                [Service]
                Restart=on-failure

                [Install]
                WantedBy=default.target
                """);
        assertHardenedAndIdempotent(before);
    }

    @Test
    void weakKeysAreRewrittenOnTheirOwnLine() {
        String before = """
                [Container]
                Image=registry.example.com/app:2
                User=root
                Group=0
                ReadOnly=false
                NoNewPrivileges=no
                Memory=0
                PidsLimit=-1
                Exec=/app/serve
                """;
        Hardened h = harden(before);
        assertThat(h.text()).isEqualTo("""
                [Container]
                Image=registry.example.com/app:2
                User=10001
                Group=10001
                ReadOnly=true
                NoNewPrivileges=true
                Memory=512m
                PidsLimit=200
                Exec=/app/serve
                DropCapability=all
                Tmpfs=/tmp:rw,noexec,nosuid,size=64m
                PodmanArgs=--cpus=1
                """);
        assertHardenedAndIdempotent(before);
    }

    @Test
    void settingsMadeInPodmanArgsAreLeftWithANote() {
        String before = """
                [Container]
                Image=app:2
                PodmanArgs=--memory=0 --privileged
                User=10001
                DropCapability=all
                NoNewPrivileges=true
                ReadOnly=true
                PodmanArgs=--cpus=2
                """;
        Hardened h = harden(before);
        assertThat(h.text()).isEqualTo(before);
        assertThat(h.notes()).anySatisfy(n -> assertThat(n).contains("PodmanArgs= sets what harden would change "
                + "(--memory=0)")).anySatisfy(n -> assertThat(n).contains("PodmanArgs= sets what harden would change "
                + "(--privileged)"));
    }

    @Test
    void aUnitAlreadyHardenedIsUnchanged() {
        String before = """
                [Container]
                Image=app:2
                User=10001
                Group=10001
                DropCapability=all
                NoNewPrivileges=true
                ReadOnly=true
                Memory=256m
                PodmanArgs=--cpus=0.5
                """;
        assertThat(harden(before).changed()).isFalse();
        assertHardenedAndIdempotent(before);
    }

    @Test
    void notAContainerUnitIsAnErrorAndUnchanged() {
        Hardened h = harden("[Service]\nExecStart=/bin/true\n");
        assertThat(h.changed()).isFalse();
        assertThat(h.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("no [Container]"));
    }

    @Test
    void rootGroupIsReplacedOnItsOwnLine() {
        Hardened h = harden("[Container]\nImage=app:2\nUser=20000\nGroup=0\n");
        assertThat(h.text()).startsWith("[Container]\nImage=app:2\nUser=20000\nGroup=10001\n");
        assertHardenedAndIdempotent("[Container]\nImage=app:2\nUser=20000\nGroup=0\n");
    }
}
