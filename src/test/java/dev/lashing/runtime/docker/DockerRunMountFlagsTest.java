package dev.lashing.runtime.docker;

import static dev.lashing.runtime.docker.RunLines.errors;
import static dev.lashing.runtime.docker.RunLines.spec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Mount;
import dev.lashing.runtime.model.Origin;
import dev.lashing.runtime.model.Sourced;
import java.util.List;
import org.junit.jupiter.api.Test;

class DockerRunMountFlagsTest {

    private static Mount mount(String flags) {
        ContainerSpec s = spec("docker run " + flags + " x");
        assertThat(s.mounts()).hasSize(1);
        return s.mounts().get(0).value();
    }

    @Test
    void aPathSourceIsABindMount() {
        assertThat(mount("-v /:/host:ro")).isEqualTo(new Mount("bind", "/", "/host", true, "", List.of()));
        assertThat(mount("--volume=./data:/data")).isEqualTo(new Mount("bind", "./data", "/data", false, "", List.of()));
        assertThat(mount("-v /var/run/docker.sock:/var/run/docker.sock").isHostPath()).isTrue();
    }

    @Test
    void aNameSourceIsAVolumeAndOnePartIsAnAnonymousVolume() {
        assertThat(mount("-v data:/var/lib/data")).isEqualTo(new Mount("volume", "data", "/var/lib/data", false, "",
                List.of()));
        assertThat(mount("-v /cache")).isEqualTo(new Mount("volume", "", "/cache", false, "", List.of()));
    }

    @Test
    void volumeOptionsPropagationAndLabels() {
        assertThat(mount("-v /src:/dst:ro,rshared,Z")).isEqualTo(new Mount("bind", "/src", "/dst", true, "rshared",
                List.of("Z")));
        assertThat(mount("-v /src:/dst:rw,z,slave")).isEqualTo(new Mount("bind", "/src", "/dst", false, "slave",
                List.of("z")));
        assertThat(mount("-v vol:/dst:nocopy")).isEqualTo(new Mount("volume", "vol", "/dst", false, "", List.of("nocopy")));
    }

    @Test
    void badVolumeSpecificationsAreErrors() {
        assertThat(errors("docker run -v /data:ro x")).singleElement().asString().contains("anonymous volume takes no");
        assertThat(errors("docker run -v /a:rel x")).singleElement().asString().contains("must be an absolute path");
        assertThat(errors("docker run -v /a:/b:bogus x")).singleElement().asString().contains("invalid mode \"bogus\"");
        assertThat(errors("docker run -v a:/b:ro:x x")).hasSize(1);
        assertThat(errors("docker run -v /a:/ x")).hasSize(1);
        assertThat(errors("docker run -v bad!name:/b x")).singleElement().asString().contains("invalid volume name");
        assertThat(errors("docker run -v /a:/b:O x")).hasSize(1);
        assertThat(errors("podman run -v /a:/b:O,U,noexec x")).isEmpty();
    }

    @Test
    void mountInEveryKeySpelling() {
        Mount expected = new Mount("bind", "/etc", "/host-etc", true, "", List.of());
        assertThat(mount("--mount type=bind,source=/etc,target=/host-etc,readonly")).isEqualTo(expected);
        assertThat(mount("--mount type=bind,src=/etc,dst=/host-etc,ro")).isEqualTo(expected);
        assertThat(mount("--mount=type=bind,src=/etc,destination=/host-etc,ro=true")).isEqualTo(expected);
        assertThat(mount("--mount Type=BIND,Source=/etc,Target=/host-etc,readonly=1")).isEqualTo(expected);
    }

    @Test
    void mountDefaultsToAVolumeAndKeepsOtherOptions() {
        assertThat(mount("--mount source=data,target=/data,volume-nocopy")).isEqualTo(new Mount("volume", "data",
                "/data", false, "", List.of("volume-nocopy")));
        assertThat(mount("--mount type=bind,source=/,target=/h,bind-propagation=rshared")).isEqualTo(new Mount("bind",
                "/", "/h", false, "rshared", List.of()));
        assertThat(mount("--mount type=tmpfs,target=/run,tmpfs-size=64m,tmpfs-mode=1770")).isEqualTo(new Mount("tmpfs",
                "", "/run", false, "", List.of("tmpfs-size=64m", "tmpfs-mode=1770")));
        assertThat(mount("--mount '\"type=bind\",\"source=/a,b\",target=/c'").source()).isEqualTo("/a,b");
    }

    @Test
    void badMountsAreErrors() {
        assertThat(errors("docker run --mount type=bind,source=/a x")).singleElement().asString()
                .contains("target is required");
        assertThat(errors("docker run --mount type=bind,target=/a x")).singleElement().asString()
                .contains("source is required");
        assertThat(errors("docker run --mount type=bogus,target=/a x")).singleElement().asString()
                .contains("invalid mount type");
        assertThat(errors("docker run --mount type=bind,source=/a,target=/b,colour=red x")).singleElement().asString()
                .contains("unexpected key \"colour\"");
        assertThat(errors("docker run --mount type=bind,source=/a,target=/b,bind-propagation=weird x")).hasSize(1);
        assertThat(errors("docker run --mount type=tmpfs,target=/b,tmpfs-size=lots x")).hasSize(1);
        assertThat(errors("docker run --mount target x")).singleElement().asString().contains("expected key=value");
    }

    @Test
    void tmpfsWithOptions() {
        assertThat(mount("--tmpfs /tmp:rw,noexec,nosuid,size=64m")).isEqualTo(new Mount("tmpfs", "", "/tmp", false, "",
                List.of("noexec", "nosuid", "size=64m")));
        assertThat(mount("--tmpfs /run")).isEqualTo(new Mount("tmpfs", "", "/run", false, "", List.of()));
        assertThat(errors("docker run --tmpfs tmp x")).hasSize(1);
    }

    @Test
    void theApiSocketFlagBindMountsTheDockerSocket() {
        assertThat(mount("--use-api-socket").source()).isEqualTo("/var/run/docker.sock");
    }

    @Test
    void podmanMountsTmpfsOnAReadOnlyRootByDefault() {
        ContainerSpec s = spec("podman run --read-only x");
        assertThat(s.mounts()).extracting(m -> m.value().target()).containsExactly("/dev", "/dev/shm", "/run", "/tmp",
                "/var/tmp");
        assertThat(s.mounts()).extracting(Sourced::origin).containsOnly(Origin.DEFAULT);
        assertThat(spec("podman run --read-only --read-only-tmpfs=false x").mounts()).isEmpty();
        assertThat(spec("docker run --read-only x").mounts()).isEmpty();
    }

    @Test
    void anUnresolvedSourceMakesTheMountUnresolved() {
        ContainerSpec s = spec("docker run -v \"$PWD\":/app -v ~/cache:/cache x");
        assertThat(s.mounts()).hasSize(2).allSatisfy(m -> assertThat(m.isUnresolved()).isTrue());
        assertThat(s.mounts().get(0).text()).isEqualTo("-v \"$PWD\":/app");
    }
}
