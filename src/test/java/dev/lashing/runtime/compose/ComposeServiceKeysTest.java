package dev.lashing.runtime.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.EnvVar;
import dev.lashing.runtime.model.Mount;
import dev.lashing.runtime.model.Origin;
import dev.lashing.runtime.model.PortMapping;
import dev.lashing.runtime.model.RestartPolicy;
import dev.lashing.runtime.model.Sourced;
import dev.lashing.runtime.model.Ulimit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Every security and resource key of a service, in each syntax compose accepts. */
class ComposeServiceKeysTest {

    private static ContainerSpec service(String body) {
        return Compose.file("services:\n  app:\n    image: app\n" + body.indent(4)).one();
    }

    private static <T> List<T> values(List<Sourced<T>> list) {
        return list.stream().map(Sourced::value).toList();
    }

    @Test
    void theTextOfALongSyntaxMountLeavesItsCommentsOut() {
        ContainerSpec c = service("""
                volumes:
                  - type: bind   # the pipeline
                    source: ./logstash/pipeline
                    target: /usr/share/logstash/pipeline
                    #read_only: true
                  - type: bind
                    source: "./a #b"
                    target: /b # not read-only
                """);
        assertThat(c.mounts()).extracting(Sourced::text).containsExactly(
                "volumes: type: bind source: ./logstash/pipeline target: /usr/share/logstash/pipeline",
                "volumes: type: bind source: \"./a #b\" target: /b");
    }

    @Test
    void everythingUnsetIsTheDefaultAtTheServiceKey() {
        ContainerSpec c = service("");
        assertThat(c.privileged().origin()).isEqualTo(Origin.DEFAULT);
        assertThat(c.privileged().location().orElseThrow().text()).isEqualTo("app");
        assertThat(c.declaredAt().start().line()).isEqualTo(2);
        assertThat(c.image().text()).isEqualTo("image: app");
        assertThat(c.network().value()).isEmpty();
        assertThat(c.restart().value().name()).isEqualTo("no");
    }

    @Test
    void commandAndEntrypointAsStringOrList() {
        assertThat(service("command: npm run 'start server' --port=\"3000\"").command().value())
                .containsExactly("npm", "run", "start server", "--port=3000");
        assertThat(service("command: [\"sleep\", \"infinity\"]").command().value()).containsExactly("sleep", "infinity");
        ContainerSpec both = service("entrypoint: /docker-entrypoint.sh\ncommand: [nginx, -g, daemon off;]");
        assertThat(both.command().value()).containsExactly("/docker-entrypoint.sh", "nginx", "-g", "daemon off;");
        assertThat(both.command().location().orElseThrow().start().line()).isEqualTo(4);
        assertThat(both.command().text()).isEqualTo("entrypoint: /docker-entrypoint.sh; command: [nginx, -g, daemon off;]");
        assertThat(service("command: null").command().origin()).isEqualTo(Origin.DEFAULT);
    }

    @Test
    void privilegedAndBooleansWrittenAsStrings() {
        ContainerSpec c = service("privileged: \"yes\"\nread_only: true\noom_kill_disable: 'false'");
        assertThat(c.privileged().value()).isTrue();
        assertThat(c.privileged().text()).isEqualTo("privileged: yes");
        assertThat(c.readOnlyRootFilesystem().value()).isTrue();
        assertThat(c.oomKillDisable().isExplicit()).isTrue();
        assertThat(c.oomKillDisable().value()).isFalse();
    }

    @Test
    void capabilitiesAreUpperCaseWithoutThePrefix() {
        ContainerSpec c = service("cap_add:\n  - cap_net_admin\n  - SYS_PTRACE\ncap_drop: [ALL]");
        assertThat(values(c.capAdd())).containsExactly("NET_ADMIN", "SYS_PTRACE");
        assertThat(values(c.capDrop())).containsExactly("ALL");
        assertThat(c.capAdd().get(0).location().orElseThrow().text()).isEqualTo("cap_net_admin");
    }

    @Test
    void securityOptionsInBothSpellings() {
        ContainerSpec c = service("security_opt:\n  - no-new-privileges:true\n  - seccomp=unconfined\n"
                + "  - apparmor:unconfined\n  - label=disable\n  - systempaths=unconfined");
        assertThat(c.noNewPrivileges().value()).isTrue();
        assertThat(c.seccomp().value()).isEqualTo("unconfined");
        assertThat(c.apparmor().value()).isEqualTo("unconfined");
        assertThat(c.selinuxDisabled().value()).isTrue();
        assertThat(c.unmaskedPaths().value()).isTrue();
        assertThat(service("security_opt: [no-new-privileges]").noNewPrivileges().value()).isTrue();
        assertThat(service("security_opt: [\"no-new-privileges=false\"]").noNewPrivileges().value()).isFalse();
        assertThat(service("security_opt: [seccomp:/etc/docker/strict.json]").seccomp().value())
                .isEqualTo("/etc/docker/strict.json");
        assertThat(service("security_opt: [\"label=type:spc_t\"]").selinuxDisabled().value()).isTrue();
        assertThat(service("security_opt: [\"label=level:s0:c100,c200\"]").selinuxDisabled().isExplicit()).isFalse();
    }

    @Test
    void unknownSecurityOptionIsAnError() {
        var l = Compose.file("services:\n  a:\n    image: x\n    security_opt: [selinux=off]\n").load();
        assertThat(Compose.messages(l)).singleElement().asString().contains("unknown security option \"selinux=off\"");
        assertThat(l.containers()).hasSize(1);
    }

    @Test
    void userAndNumericUid() {
        ContainerSpec c = service("user: \"1000:1000\"");
        assertThat(c.user().value()).isEqualTo("1000:1000");
        assertThat(c.runAsUser().value()).isEqualTo(1000L);
        assertThat(service("user: 0").runAsUser().value()).isZero();
        assertThat(service("user: root").runAsUser().value()).isZero();
        ContainerSpec named = service("user: app");
        assertThat(named.runAsUser().isUnresolved()).isTrue();
        assertThat(named.runAsUser().location().orElseThrow().text()).isEqualTo("app");
    }

    @Test
    void shortVolumes() {
        ContainerSpec c = service("""
                volumes:
                  - /var/run/docker.sock:/var/run/docker.sock:ro
                  - ./conf:/etc/app:ro,z
                  - data:/var/lib/app
                  - /cache
                  - ~/secrets:/secrets:rw,rshared
                volumes_from: []
                """);
        assertThat(values(c.mounts())).containsExactly(
                new Mount("bind", "/var/run/docker.sock", "/var/run/docker.sock", true, "", List.of()),
                new Mount("bind", "./conf", "/etc/app", true, "", List.of("z")),
                new Mount("volume", "data", "/var/lib/app", false, "", List.of()),
                new Mount("volume", "", "/cache", false, "", List.of()),
                new Mount("bind", "~/secrets", "/secrets", false, "rshared", List.of()));
    }

    @Test
    void longVolumes() {
        ContainerSpec c = service("""
                volumes:
                  - type: bind
                    source: /etc
                    target: /host/etc
                    read_only: true
                    bind:
                      propagation: rslave
                      selinux: Z
                  - type: tmpfs
                    target: /scratch
                    tmpfs: {size: 64m, mode: 1777}
                  - type: volume
                    source: logs
                    target: /logs
                    volume: {nocopy: true}
                """);
        assertThat(values(c.mounts())).containsExactly(
                new Mount("bind", "/etc", "/host/etc", true, "rslave", List.of("Z")),
                new Mount("tmpfs", "", "/scratch", false, "", List.of("size=67108864", "mode=1777")),
                new Mount("volume", "logs", "/logs", false, "", List.of("nocopy")));
        assertThat(c.mounts().get(0).location().orElseThrow().start().line()).isEqualTo(5);
    }

    @Test
    void namedVolumeBindingAHostDirectoryIsABindMount() {
        var l = Compose.file("""
                services:
                  app:
                    image: x
                    volumes: [hostetc:/mnt:ro]
                volumes:
                  hostetc:
                    driver: local
                    driver_opts: {type: none, o: bind, device: /etc}
                """).load();
        assertThat(l.errors()).isEmpty();
        assertThat(l.containers().get(0).mounts().get(0).value())
                .isEqualTo(new Mount("bind", "/etc", "/mnt", true, "", List.of("volume=hostetc")));
    }

    @Test
    void tmpfsAsStringOrList() {
        assertThat(values(service("tmpfs: /run").mounts()))
                .containsExactly(new Mount("tmpfs", "", "/run", false, "", List.of()));
        assertThat(values(service("tmpfs:\n  - /tmp:rw,noexec,nosuid,size=65536k\n  - /ro:ro").mounts())).containsExactly(
                new Mount("tmpfs", "", "/tmp", false, "", List.of("noexec", "nosuid", "size=65536k")),
                new Mount("tmpfs", "", "/ro", true, "", List.of()));
    }

    @Test
    void apiSocketIsADockerSocketBind() {
        assertThat(service("use_api_socket: true").mounts()).singleElement()
                .satisfies(m -> assertThat(m.value().source()).isEqualTo("/var/run/docker.sock"));
    }

    @Test
    void memoryCpuAndPidsLimits() {
        ContainerSpec c = service("mem_limit: 512m\ncpus: 0.5\npids_limit: 100\nmemswap_limit: -1\nshm_size: 1gb");
        assertThat(c.memoryBytes().value()).isEqualTo(512L * 1024 * 1024);
        assertThat(c.cpus().value()).isEqualTo(0.5);
        assertThat(c.pidsLimit().value()).isEqualTo(100L);
        assertThat(service("mem_limit: 1.5gb").memoryBytes().value()).isEqualTo(1610612736L);
        assertThat(service("mem_limit: 1073741824").memoryBytes().value()).isEqualTo(1073741824L);
        assertThat(service("cpus: \"2\"").cpus().value()).isEqualTo(2.0);
        assertThat(service("pids_limit: -1").pidsLimit().value()).isEqualTo(-1L);
    }

    @Test
    void deployResourceLimits() {
        ContainerSpec c = service("deploy:\n  resources:\n    limits: {memory: 256M, cpus: '0.25', pids: 50}\n"
                + "    reservations: {memory: 128M}");
        assertThat(c.memoryBytes().value()).isEqualTo(256L * 1024 * 1024);
        assertThat(c.memoryBytes().text()).isEqualTo("memory: 256M");
        assertThat(c.cpus().value()).isEqualTo(0.25);
        assertThat(c.pidsLimit().value()).isEqualTo(50L);
    }

    @Test
    void distinctMemLimitAndDeployMemoryIsAnError() {
        var l = Compose.file("services:\n  a:\n    image: x\n    mem_limit: 1g\n"
                + "    deploy: {resources: {limits: {memory: 2g}}}\n").load();
        assertThat(Compose.messages(l)).singleElement().asString()
                .contains("can't set distinct values on 'mem_limit' and 'deploy.resources.limits.memory'");
        var same = Compose.file("services:\n  a:\n    image: x\n    mem_limit: 1g\n"
                + "    deploy: {resources: {limits: {memory: 1024m}}}\n").load();
        assertThat(same.errors()).isEmpty();
    }

    @Test
    void ulimitsAsNumberOrSoftAndHard() {
        ContainerSpec c = service("ulimits:\n  nproc: 65535\n  nofile:\n    soft: 20000\n    hard: 40000\n  core: -1");
        assertThat(values(c.ulimits())).containsExactly(new Ulimit("nproc", 65535, 65535),
                new Ulimit("nofile", 20000, 40000), new Ulimit("core", -1, -1));
    }

    @Test
    void restartAndDeployRestartPolicy() {
        assertThat(service("restart: unless-stopped").restart().value().name()).isEqualTo("unless-stopped");
        assertThat(service("restart: on-failure:5").restart().value())
                .isEqualTo(new RestartPolicy("on-failure", OptionalInt.of(5)));
        assertThat(service("restart: \"no\"").restart().value().name()).isEqualTo("no");
        ContainerSpec deployed = service("restart: always\ndeploy:\n  restart_policy:\n    condition: on-failure\n"
                + "    max_attempts: 3\n    delay: 5s");
        assertThat(deployed.restart().value()).isEqualTo(new RestartPolicy("on-failure", OptionalInt.of(3)));
        assertThat(service("deploy: {restart_policy: {condition: none}}").restart().value().name()).isEqualTo("no");
        assertThat(service("deploy: {restart_policy: {max_attempts: 2}}").restart().value())
                .isEqualTo(new RestartPolicy("always", OptionalInt.of(2)));
    }

    @Test
    void networkModes() {
        assertThat(service("network_mode: host").network().value()).isEqualTo("host");
        assertThat(service("network_mode: \"service:db\"").network().value()).isEqualTo("service:db");
        assertThat(service("network_mode: none").network().value()).isEqualTo("none");
        assertThat(service("network_mode: bridge").network().value()).isEqualTo("bridge");
    }

    @Test
    void networksNameTheCustomNetworks() {
        var l = Compose.file("""
                services:
                  a: {image: x, networks: [backend]}
                  b:
                    image: x
                    networks:
                      backend:
                        aliases: [db]
                      front: {}
                  c: {image: x}
                  d: {image: x, networks: [outside]}
                networks:
                  backend: {}
                  front: {}
                  outside: {external: true, name: host}
                """).load();
        assertThat(l.errors()).isEmpty();
        assertThat(Compose.named(l, "a").network().value()).isEqualTo("backend");
        assertThat(Compose.named(l, "b").network().value()).isEqualTo("backend,front");
        assertThat(Compose.named(l, "c").network().value()).isEmpty();
        assertThat(Compose.named(l, "c").network().origin()).isEqualTo(Origin.DEFAULT);
        assertThat(Compose.named(l, "d").network().value()).isEqualTo("host");
    }

    @Test
    void undefinedNetworkAndBothNetworkKeysAreErrors() {
        var l = Compose.file("services:\n  a: {image: x, networks: [nope]}\n"
                + "  b: {image: x, network_mode: host, networks: [default]}\n").load();
        assertThat(Compose.messages(l)).anyMatch(m -> m.contains("network \"nope\", which is not defined"))
                .anyMatch(m -> m.contains("sets both network_mode and networks"));
    }

    @Test
    void namespaces() {
        ContainerSpec c = service("pid: host\nipc: shareable\nuts: host\nuserns_mode: host\ncgroup: host");
        assertThat(c.pid().value()).isEqualTo("host");
        assertThat(c.ipc().value()).isEqualTo("shareable");
        assertThat(c.uts().value()).isEqualTo("host");
        assertThat(c.userns().value()).isEqualTo("host");
        assertThat(service("pid: \"container:abc\"").pid().value()).isEqualTo("container:abc");
    }

    @Test
    void devicesShortAndLong() {
        ContainerSpec c = service("devices:\n  - /dev/ttyUSB0:/dev/ttyUSB0:rwm\n  - /dev/kvm\n"
                + "  - {source: /dev/fuse, target: /dev/fuse, permissions: rw}\n  - vendor.com/device=gpu0");
        assertThat(values(c.devices())).containsExactly("/dev/ttyUSB0:/dev/ttyUSB0:rwm", "/dev/kvm",
                "/dev/fuse:/dev/fuse:rw", "vendor.com/device=gpu0");
    }

    @Test
    void groupAddAndSysctls() {
        ContainerSpec c = service("group_add: [mail, 1001]\nsysctls:\n  net.core.somaxconn: 1024\n"
                + "  net.ipv4.ip_forward: 1");
        assertThat(values(c.groupAdd())).containsExactly("mail", "1001");
        assertThat(values(c.sysctls())).containsExactly("net.core.somaxconn=1024", "net.ipv4.ip_forward=1");
        assertThat(values(service("sysctls:\n  - net.ipv4.ip_unprivileged_port_start=0").sysctls()))
                .containsExactly("net.ipv4.ip_unprivileged_port_start=0");
    }

    @Test
    void environmentAsMapOrListAndFromTheHost() {
        ContainerSpec c = service("environment:\n  DB_PASSWORD: hunter2\n  DEBUG: true\n  FROM_HOST:\n  PORT: 8080");
        assertThat(values(c.env())).containsExactly(EnvVar.literal("DB_PASSWORD", "hunter2"),
                EnvVar.literal("DEBUG", "true"), new EnvVar("FROM_HOST", Optional.empty(), "host environment"),
                EnvVar.literal("PORT", "8080"));
        assertThat(c.env().get(0).text()).isEqualTo("DB_PASSWORD: hunter2");
        ContainerSpec list = service("environment:\n  - API_KEY=abc=def\n  - HOST_ONLY\n  - EMPTY=");
        assertThat(values(list.env())).containsExactly(EnvVar.literal("API_KEY", "abc=def"),
                new EnvVar("HOST_ONLY", Optional.empty(), "host environment"), EnvVar.literal("EMPTY", ""));
        assertThat(list.env().get(0).text()).isEqualTo("API_KEY=abc=def");
    }

    @Test
    void envFilesAreReadRelativeToTheComposeFileAndEnvironmentWins() {
        var l = Compose.file("""
                services:
                  app:
                    image: x
                    env_file:
                      - ./config/app.env
                      - path: ./optional.env
                        required: false
                    environment:
                      LEVEL: debug
                """).with("/p/config/app.env", "# app\nSECRET_KEY=s3cr3t\nLEVEL=info\n").load();
        assertThat(l.errors()).isEmpty();
        var env = l.containers().get(0).env();
        assertThat(values(env)).containsExactly(new EnvVar("SECRET_KEY", Optional.of("s3cr3t"), "env file /p/config/app.env"),
                EnvVar.literal("LEVEL", "debug"));
        assertThat(env.get(0).location().orElseThrow().file().path()).isEqualTo("/p/config/app.env");
        assertThat(env.get(0).location().orElseThrow().start().line()).isEqualTo(2);
        assertThat(l.sources()).extracting(s -> s.path()).containsExactly("/p/compose.yml", "/p/config/app.env");
    }

    @Test
    void missingRequiredEnvFileIsAnErrorAtItsEntry() {
        var l = Compose.file("services:\n  app:\n    image: x\n    env_file: missing.env\n").load();
        assertThat(l.errors()).singleElement().satisfies(e -> {
            assertThat(e.message()).isEqualTo("env file \"missing.env\" not found");
            assertThat(e.location().orElseThrow().start().line()).isEqualTo(4);
        });
        assertThat(l.containers()).hasSize(1);
    }

    @Test
    void secretsShortAndLongSyntaxAgainstTopLevelSecrets() {
        var l = Compose.file("""
                services:
                  app:
                    image: x
                    secrets:
                      - db_password
                      - source: api_key
                        target: /run/secrets/key
                        mode: 0400
                      - undefined_one
                    configs: [app_config]
                secrets:
                  db_password: {file: ./db_password.txt}
                  api_key: {environment: API_KEY}
                configs:
                  app_config: {content: "x"}
                """).load();
        assertThat(values(l.containers().get(0).secrets())).containsExactly("db_password", "api_key", "undefined_one");
        assertThat(Compose.messages(l)).singleElement().asString()
                .contains("uses secret \"undefined_one\", which is not defined under the top-level secrets");
    }

    @Test
    void topLevelSecretNeedsExactlyOneSource() {
        var l = Compose.file("services:\n  a: {image: x}\nsecrets:\n  s: {file: a, environment: B}\n  t: {}\n").load();
        assertThat(Compose.messages(l)).hasSize(2).allMatch(m -> m.contains("must set exactly one of file, environment, external"));
    }

    @Test
    void healthchecks() {
        ContainerSpec c = service("healthcheck:\n  test: [\"CMD\", \"curl\", \"-f\", \"http://localhost\"]\n"
                + "  interval: 1m30s\n  timeout: 10s\n  retries: 3\n  start_period: 40s");
        assertThat(c.health().value().test()).containsExactly("CMD", "curl", "-f", "http://localhost");
        assertThat(c.health().value().disabled()).isFalse();
        assertThat(service("healthcheck:\n  test: curl -f http://localhost || exit 1").health().value().test())
                .containsExactly("CMD-SHELL", "curl -f http://localhost || exit 1");
        assertThat(service("healthcheck:\n  disable: true").health().value().disabled()).isTrue();
        assertThat(service("healthcheck:\n  test: [\"NONE\"]").health().value().disabled()).isTrue();
    }

    @Test
    void badHealthcheckDurationIsAnError() {
        var l = Compose.file("services:\n  a:\n    image: x\n    healthcheck: {test: [CMD, true], interval: 10 seconds}\n")
                .load();
        assertThat(Compose.messages(l)).singleElement().asString().contains("\"interval\" must be a duration");
    }

    @Test
    void portsShortSyntax() {
        ContainerSpec c = service("""
                ports:
                  - "3000"
                  - "8000:8000"
                  - "127.0.0.1:8001:8001"
                  - "6060:6060/udp"
                  - "[::1]:6001:6001"
                  - 9090-9091:8080-8081
                  - 49100:22
                """);
        assertThat(values(c.ports())).containsExactly(
                PortMapping.published(3000, "tcp", OptionalInt.empty(), ""),
                PortMapping.published(8000, "tcp", OptionalInt.of(8000), ""),
                PortMapping.published(8001, "tcp", OptionalInt.of(8001), "127.0.0.1"),
                PortMapping.published(6060, "udp", OptionalInt.of(6060), ""),
                PortMapping.published(6001, "tcp", OptionalInt.of(6001), "::1"),
                PortMapping.published(8080, "tcp", OptionalInt.of(9090), ""),
                PortMapping.published(8081, "tcp", OptionalInt.of(9091), ""),
                PortMapping.published(22, "tcp", OptionalInt.of(49100), ""));
    }

    @Test
    void portsLongSyntaxAndExpose() {
        ContainerSpec c = service("""
                ports:
                  - target: 80
                    host_ip: 127.0.0.1
                    published: "8080"
                    protocol: tcp
                    mode: host
                  - target: 443
                expose: ["3000", 8000-8001, 53/udp]
                """);
        assertThat(values(c.ports())).containsExactly(
                PortMapping.published(80, "tcp", OptionalInt.of(8080), "127.0.0.1"),
                PortMapping.published(443, "tcp", OptionalInt.empty(), ""),
                PortMapping.exposed(3000, "tcp"),
                PortMapping.exposed(8000, "tcp"),
                PortMapping.exposed(8001, "tcp"),
                PortMapping.exposed(53, "udp"));
    }

    @Test
    void badPortsAreErrorsAndTheOthersStay() {
        var l = Compose.file("services:\n  a:\n    image: x\n    ports: [\"80:70000\", \"1-3:4-5\", \"80/icmp\", \"8080:80\"]\n")
                .load();
        assertThat(Compose.messages(l)).hasSize(3);
        assertThat(l.containers().get(0).ports()).hasSize(1);
    }

    @Test
    void anEnvFileSharedByServicesIsReadOnceAndItsErrorsReportedOnce() {
        var l = Compose.file("services:\n  a: {image: x, env_file: shared.env}\n  b: {image: y, env_file: [shared.env]}\n")
                .with("/p/shared.env", "GOOD=1\nthis is not a pair\n").load();
        assertThat(l.errors()).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("/p/shared.env");
            assertThat(e.location().orElseThrow().start().line()).isEqualTo(2);
        });
        assertThat(l.containers()).allSatisfy(c -> assertThat(c.env()).hasSize(1));
        assertThat(l.sources()).hasSize(2);
    }
}
