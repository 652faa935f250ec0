package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Finding;
import dev.lashing.core.Location;
import dev.lashing.core.RuleMeta;
import dev.lashing.core.SourceFile;
import dev.lashing.core.TextRange;
import dev.lashing.engine.LintOptions;
import dev.lashing.engine.RuntimeChecker;
import dev.lashing.registry.BuiltinRules;
import dev.lashing.registry.RegisteredRule;
import dev.lashing.rules.Settings;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Loaded;
import dev.lashing.runtime.model.Mount;
import dev.lashing.runtime.model.PortMapping;
import dev.lashing.runtime.model.RestartPolicy;
import dev.lashing.runtime.model.SourceKind;
import dev.lashing.runtime.model.Sourced;
import dev.lashing.runtime.model.Ulimit;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The hardened {@code docker run} example of the shared guides (guide 002, "And this is an example of
 * a docker command"), turned into a spec by hand, must pass every default run-time rule except where
 * the guide itself gets a practice wrong:
 *
 * <ul>
 *   <li>RT007: {@code -u 4000} is below 10000, so the UID may be a real user on the host (P31);
 *   <li>RT012: there is no {@code --pids-limit}; the guide's {@code --ulimit nproc=5} counts every process
 *       of UID 4000 on the whole host, not the container's, and does not bind root (P51);
 *   <li>RT032: {@code myimage:latest} (P02, and P03 in production);
 *   <li>RT037 (info): the application listens on port 80 inside as UID 4000. {@code --cap-add=NET_BIND_SERVICE}
 *       does not reach a non-root process (bounding set only); it works under Docker only because Docker
 *       sets {@code net.ipv4.ip_unprivileged_port_start=0} in the container (P42: listen on 8080 inside);
 *   <li>RT050 (info): {@code -p 8080:80} names no host address, so the port is published on every interface of
 *       the host; the CIS Docker Benchmark (5.14) asks for the one address that must reach it (P54).
 * </ul>
 *
 * Not findings, but also wrong in the guide: {@code --bridge=none} is a dockerd option, not a
 * {@code docker run} flag (the command fails as written; the docker run adapter reports it as an
 * unknown flag, which is why it is left out here); {@code --ulimit nofile=5} and {@code nproc=5} are so low
 * that a Python application cannot start (too low is not a security finding); {@code -it} and
 * {@code --log-driver=<logging driver>} are placeholders of the example.
 */
class HardenedGuideExampleTest {
    private static final String COMMAND = """
            docker run
            --name myapp
            --rm -it
            -u 4000
            --security-opt no-new-privileges
            --cap-drop=ALL
            --cap-add=NET_BIND_SERVICE
            -p 8080:80
            --cpus=0.5
            --restart=on-failure:5
            --ulimit nofile=5
            --ulimit nproc=5
            --memory 128m
            --read-only
            --tmpfs /tmp:rw,noexec,nosuid
            -v /usr/local/myapp:/app/:ro
            --bridge=none
            --network=web
            --log-driver=<logging driver>
            myimage:latest
            """;
    private static final SourceFile FILE = new SourceFile("guide-002.sh", COMMAND);

    private static <T> Sourced<T> at(String text, T value) {
        int start = COMMAND.indexOf(text);
        assertThat(start).as(text).isNotNegative();
        return Sourced.explicit(value, new Location(FILE, new TextRange(start, start + text.length())), text);
    }

    private static ContainerSpec spec() {
        ContainerSpec.Builder b = ContainerSpec.builder("docker run", SourceKind.DOCKER_RUN,
                new Location(FILE, new TextRange(0, "docker run".length())));
        b.user = at("-u 4000", "4000");
        b.runAsUser = at("-u 4000", 4000L);
        b.noNewPrivileges = at("--security-opt no-new-privileges", true);
        b.capDrop.add(at("--cap-drop=ALL", "ALL"));
        b.capAdd.add(at("--cap-add=NET_BIND_SERVICE", "NET_BIND_SERVICE"));
        b.ports.add(at("-p 8080:80", PortMapping.published(80, "tcp", OptionalInt.of(8080), "")));
        b.cpus = at("--cpus=0.5", 0.5);
        b.restart = at("--restart=on-failure:5", new RestartPolicy("on-failure", OptionalInt.of(5)));
        b.ulimits.add(at("--ulimit nofile=5", new Ulimit("nofile", 5, 5)));
        b.ulimits.add(at("--ulimit nproc=5", new Ulimit("nproc", 5, 5)));
        b.memoryBytes = at("--memory 128m", 128L * 1024 * 1024);
        b.readOnlyRootFilesystem = at("--read-only", true);
        b.mounts.add(at("--tmpfs /tmp:rw,noexec,nosuid", new Mount("tmpfs", "", "/tmp", false, "",
                List.of("rw", "noexec", "nosuid"))));
        b.mounts.add(at("-v /usr/local/myapp:/app/:ro", new Mount("bind", "/usr/local/myapp", "/app/", true, "",
                List.of())));
        b.network = at("--network=web", "web");
        b.image = at("myimage:latest", "myimage:latest");
        return b.build();
    }

    @Test
    void onlyWhatTheGuideGetsWrongIsReported() {
        List<RegisteredRule> runtimeRules = BuiltinRules.all().stream()
                .filter(r -> r.implementation() instanceof RuntimeRule && r.meta().enabledByDefault()).toList();
        assertThat(runtimeRules).hasSizeGreaterThanOrEqualTo(39);
        RuntimeChecker checker = new RuntimeChecker(new LintOptions(runtimeRules, RuleMeta::severity,
                (path, id) -> false, Settings.empty(), true, Map.of(), code -> Set.of()));
        RuntimeChecker.RuntimeResult result = checker.check(new Loaded(List.of(FILE), List.of(spec()), List.of()));
        assertThat(result.errors()).isEmpty();
        assertThat(result.findings()).extracting(f -> f.rule().id() + " " + f.location().text())
                .containsExactlyInAnyOrder("RT012 docker run", "RT007 -u 4000", "RT037 -p 8080:80",
                        "RT050 -p 8080:80", "RT032 myimage:latest");
        Finding port = result.findings().stream().filter(f -> f.rule().id().equals("RT037")).findFirst().orElseThrow();
        assertThat(port.message()).contains("bounding set", "ip_unprivileged_port_start=0");
        Finding pids = result.findings().stream().filter(f -> f.rule().id().equals("RT012")).findFirst().orElseThrow();
        assertThat(pids.message()).contains("the nproc ulimit does not replace it");
    }
}
