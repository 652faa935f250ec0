package dev.lashing.runtime.docker;

import static dev.lashing.runtime.docker.RunLines.errors;
import static dev.lashing.runtime.docker.RunLines.spec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Health;
import dev.lashing.runtime.model.RestartPolicy;
import dev.lashing.runtime.model.Sourced;
import dev.lashing.runtime.model.Ulimit;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DockerRunResourceFlagsTest {

    @ParameterizedTest
    @CsvSource({"512, 512", "512b, 512", "4k, 4096", "128m, 134217728", "128M, 134217728", "1g, 1073741824",
        "1.5g, 1610612736", "2GiB, 2147483648", "1t, 1099511627776", "64mb, 67108864"})
    void memoryInEveryUnit(String written, long bytes) {
        assertThat(spec("docker run -m " + written + " x").memoryBytes().value()).isEqualTo(bytes);
        assertThat(spec("docker run --memory=" + written + " x").memoryBytes().value()).isEqualTo(bytes);
    }

    @Test
    void badSizesAreErrors() {
        assertThat(errors("docker run -m 1x x")).hasSize(1);
        assertThat(errors("docker run -m -1 x")).hasSize(1);
        assertThat(errors("docker run -m 99999999999p x")).singleElement().asString().contains("too large");
        assertThat(errors("docker run --memory-swap -1 -m 1g x")).isEmpty();
        assertThat(errors("docker run --memory-swap lots x")).hasSize(1);
        assertThat(errors("docker run --shm-size 64m --memory-reservation 512m --kernel-memory 1g x")).isEmpty();
    }

    @Test
    void cpusAndTheCpuQuota() {
        assertThat(spec("docker run --cpus 0.5 x").cpus().value()).isEqualTo(0.5);
        assertThat(spec("docker run --cpus=2 x").cpus().value()).isEqualTo(2.0);
        assertThat(spec("docker run --cpu-quota 50000 x").cpus().value()).isEqualTo(0.5);
        ContainerSpec quota = spec("docker run --cpu-period 200000 --cpu-quota 100000 x");
        assertThat(quota.cpus().value()).isEqualTo(0.5);
        assertThat(quota.cpus().text()).isEqualTo("--cpu-quota 100000");
        assertThat(spec("docker run --cpu-shares 512 -c 256 x").cpus().isExplicit()).isFalse();
        assertThat(errors("docker run --cpus half x")).hasSize(1);
        assertThat(errors("docker run --cpus -1 x")).hasSize(1);
        assertThat(errors("docker run --cpu-shares lots x")).hasSize(1);
    }

    @Test
    void pidsLimit() {
        assertThat(spec("docker run --pids-limit 100 x").pidsLimit().value()).isEqualTo(100L);
        assertThat(spec("docker run --pids-limit=-1 x").pidsLimit().value()).isEqualTo(-1L);
        assertThat(errors("docker run --pids-limit many x")).hasSize(1);
    }

    @Test
    void ulimitsWithAndWithoutHardLimit() {
        ContainerSpec s = spec("docker run --ulimit nofile=1024:2048 --ulimit nproc=64 --ulimit core=-1 x");
        assertThat(s.ulimits()).extracting(Sourced::value).containsExactly(new Ulimit("nofile", 1024, 2048),
                new Ulimit("nproc", 64, 64), new Ulimit("core", -1, -1));
        assertThat(errors("docker run --ulimit nofile=2048:1024 x")).hasSize(1);
        assertThat(errors("docker run --ulimit bogus=1 x")).singleElement().asString().contains("invalid ulimit type");
        assertThat(errors("docker run --ulimit nofile x")).hasSize(1);
        assertThat(errors("docker run --ulimit nofile=unlimited x")).hasSize(1);
        assertThat(errors("podman run --ulimit nofile=unlimited x")).isEmpty();
    }

    @Test
    void restartPolicies() {
        assertThat(spec("docker run --restart=on-failure:5 x").restart().value())
                .isEqualTo(new RestartPolicy("on-failure", OptionalInt.of(5)));
        assertThat(spec("docker run --restart always x").restart().value())
                .isEqualTo(new RestartPolicy("always", OptionalInt.empty()));
        assertThat(spec("docker run --restart unless-stopped x").restart().value().name()).isEqualTo("unless-stopped");
        assertThat(spec("docker run --restart no x").restart().isExplicit()).isTrue();
        assertThat(spec("docker run x").restart().value().name()).isEqualTo("no");
        assertThat(errors("docker run --restart sometimes x")).hasSize(1);
        assertThat(errors("docker run --restart always:3 x")).singleElement().asString()
                .contains("cannot be used with restart policy");
        assertThat(errors("docker run --restart on-failure:x x")).hasSize(1);
    }

    @Test
    void healthChecks() {
        ContainerSpec s = spec("docker run --health-cmd 'curl -f http://localhost/ || exit 1' --health-interval 30s x");
        assertThat(s.health().value()).isEqualTo(new Health(false, List.of("CMD-SHELL",
                "curl -f http://localhost/ || exit 1"), List.of()));
        assertThat(spec("docker run --no-healthcheck x").health().value().disabled()).isTrue();
        assertThat(spec("podman run --health-cmd none x").health().value().disabled()).isTrue();
        assertThat(spec("podman run --health-cmd true --health-on-failure kill x").health().value().disabled()).isFalse();
        assertThat(errors("docker run --no-healthcheck --health-cmd true x")).singleElement().asString()
                .contains("conflicts with --health-* options");
        assertThat(errors("docker run --health-interval soon x")).singleElement().asString().contains("invalid duration");
        assertThat(errors("podman run --health-on-failure explode x")).hasSize(1);
    }

    @Test
    void entrypointComesFirstInTheCommand() {
        assertThat(spec("docker run --entrypoint /bin/sh x -c id").command().value()).containsExactly("/bin/sh", "-c",
                "id");
        assertThat(spec("docker run --entrypoint=/bin/sh x").command().value()).containsExactly("/bin/sh");
        assertThat(spec("docker run --entrypoint '' x a").command().value()).containsExactly("a");
    }
}
