package dev.lashing.runtime.quadlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.InputError;
import dev.lashing.core.SourceFile;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.EnvVar;
import dev.lashing.runtime.model.Health;
import dev.lashing.runtime.model.Loaded;
import dev.lashing.runtime.model.Mount;
import dev.lashing.runtime.model.Origin;
import dev.lashing.runtime.model.PortMapping;
import dev.lashing.runtime.model.RestartPolicy;
import dev.lashing.runtime.model.SourceKind;
import dev.lashing.runtime.model.Sourced;
import dev.lashing.runtime.model.Ulimit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuadletParserTest {

    private static Loaded load(String text) {
        return QuadletParser.parse(new SourceFile("units/web.container", text));
    }

    private static ContainerSpec spec(String containerSection) {
        Loaded l = load("[Container]\n" + containerSection);
        assertThat(l.errors()).extracting(InputError::describe).isEmpty();
        return l.containers().get(0);
    }

    private static List<String> errors(String text) {
        return load(text).errors().stream().map(InputError::describe).toList();
    }

    @Test
    void aMinimalUnitFromTheManual() {
        Loaded l = load("[Unit]\nDescription=A minimal container\n\n[Container]\nImage=quay.io/centos/centos:latest\n"
                + "Exec=sleep 60\n\n[Install]\nWantedBy=multi-user.target\n");
        assertThat(l.errors()).isEmpty();
        ContainerSpec s = l.containers().get(0);
        assertThat(s.name()).isEqualTo("web.container");
        assertThat(s.kind()).isEqualTo(SourceKind.QUADLET);
        assertThat(s.declaredAt().text()).isEqualTo("[Container]");
        assertThat(s.image().value()).isEqualTo("quay.io/centos/centos:latest");
        assertThat(s.image().text()).isEqualTo("Image=quay.io/centos/centos:latest");
        assertThat(s.command().value()).containsExactly("sleep", "60");
        assertThat(s.privileged().origin()).isEqualTo(Origin.DEFAULT);
    }

    @Test
    void everySecurityKey() {
        ContainerSpec s = spec("""
                Image=nginx
                User=1000
                Group=1000
                UserNS=keep-id
                ReadOnly=true
                NoNewPrivileges=yes
                DropCapability=ALL
                AddCapability=NET_BIND_SERVICE cap_chown
                SeccompProfile=/etc/containers/strict.json
                SecurityLabelDisable=true
                Unmask=ALL
                Mask=/proc/sys/foo:/proc/sys/bar
                AddDevice=/dev/fuse -/dev/dri
                Sysctl=net.ipv4.ip_forward=1 net.core.somaxconn=1024
                GroupAdd=keep-groups
                """);
        assertThat(s.user().value()).isEqualTo("1000:1000");
        assertThat(s.runAsUser().value()).isEqualTo(1000L);
        assertThat(s.userns().value()).isEqualTo("keep-id");
        assertThat(s.readOnlyRootFilesystem().is(true)).isTrue();
        assertThat(s.noNewPrivileges().is(true)).isTrue();
        assertThat(s.noNewPrivileges().text()).isEqualTo("NoNewPrivileges=yes");
        assertThat(s.capDrop()).extracting(Sourced::value).containsExactly("ALL");
        assertThat(s.capAdd()).extracting(Sourced::value).containsExactly("NET_BIND_SERVICE", "CHOWN");
        assertThat(s.capAdd().get(1).text()).isEqualTo("AddCapability=cap_chown");
        assertThat(s.capAdd().get(1).location().orElseThrow().start().column()).isEqualTo(32);
        assertThat(s.seccomp().value()).isEqualTo("/etc/containers/strict.json");
        assertThat(s.selinuxDisabled().is(true)).isTrue();
        assertThat(s.unmaskedPaths().is(true)).isTrue();
        assertThat(s.devices()).extracting(Sourced::value).containsExactly("/dev/fuse", "/dev/dri");
        assertThat(s.sysctls()).hasSize(2);
        assertThat(s.groupAdd()).extracting(Sourced::value).containsExactly("keep-groups");
        assertThat(s.mounts()).extracting(m -> m.value().target()).contains("/tmp");
    }

    @Test
    void storageKeys() {
        ContainerSpec s = spec("""
                Image=nginx
                Volume=/srv/web:/usr/share/nginx/html:ro,Z
                Volume=data.volume:/data
                Mount=type=bind,source=/etc/ssl,destination=/ssl,ro
                Tmpfs=/run:size=64m
                """);
        assertThat(s.mounts()).extracting(Sourced::value).containsExactly(
                new Mount("bind", "/srv/web", "/usr/share/nginx/html", true, "", List.of("Z")),
                new Mount("volume", "data.volume", "/data", false, "", List.of()),
                new Mount("bind", "/etc/ssl", "/ssl", true, "", List.of()),
                new Mount("tmpfs", "", "/run", false, "", List.of("size=64m")));
    }

    @Test
    void networkAndPortKeys() {
        ContainerSpec s = spec("""
                Image=nginx
                Network=host
                PublishPort=127.0.0.1:8080:80
                PublishPort=8443:443/tcp
                ExposeHostPort=9000
                """);
        assertThat(s.network().value()).isEqualTo("host");
        assertThat(s.ports()).extracting(Sourced::value).containsExactly(
                PortMapping.published(80, "tcp", OptionalInt.of(8080), "127.0.0.1"),
                PortMapping.published(443, "tcp", OptionalInt.of(8443), ""),
                PortMapping.exposed(9000, "tcp"));
        assertThat(s.publishAll().value()).isFalse();
    }

    @Test
    void publishAllThroughPodmanArgs() {
        ContainerSpec s = spec("Image=nginx\nExposeHostPort=8080\nPodmanArgs=-P\n");
        assertThat(s.publishAll().value()).isTrue();
        assertThat(s.publishAll().text()).isEqualTo("-P");
        assertThat(s.ports()).extracting(Sourced::value).containsExactly(PortMapping.exposed(8080, "tcp"));
        assertThat(spec("Image=nginx\nPodmanArgs=--publish-all\n").publishAll().value()).isTrue();
    }

    @Test
    void resourceHealthAndSecretKeys() {
        ContainerSpec s = spec("""
                Image=nginx
                Memory=512m
                PidsLimit=200
                Ulimit=nofile=1024:2048
                HealthCmd=curl -f http://localhost/
                HealthOnFailure=kill
                HealthInterval=30s
                Secret=db_pass,type=env,target=DB_PASS
                Pod=web.pod
                Entrypoint=/docker-entrypoint.sh
                Exec=nginx -g "daemon off;"
                """);
        assertThat(s.memoryBytes().value()).isEqualTo(512L << 20);
        assertThat(s.pidsLimit().value()).isEqualTo(200L);
        assertThat(s.ulimits()).extracting(Sourced::value).containsExactly(new Ulimit("nofile", 1024, 2048));
        assertThat(s.health().value()).isEqualTo(new Health(false, List.of("CMD-SHELL", "curl -f http://localhost/"),
                List.of()));
        assertThat(s.secrets()).extracting(Sourced::value).containsExactly("db_pass");
        assertThat(s.command().value()).containsExactly("/docker-entrypoint.sh", "nginx", "-g", "daemon off;");
    }

    @Test
    void environmentAssignmentsWithQuotes() {
        ContainerSpec s = spec("Image=x\nEnvironment=A=1 \"B=two words\"\nEnvironment=C=3\n");
        assertThat(s.env()).extracting(Sourced::value).containsExactly(EnvVar.literal("A", "1"),
                EnvVar.literal("B", "two words"), EnvVar.literal("C", "3"));
        assertThat(errors("[Container]\nImage=x\nEnvironment=JUSTNAME\n")).containsExactly(
                "units/web.container:3:13: Environment: \"JUSTNAME\" is not a NAME=value assignment");
    }

    @Test
    void environmentFilesAreReadNextToTheUnit(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("web.env"), "TOKEN=abc\n");
        Loaded l = QuadletParser.parse(new SourceFile("web.container", "[Container]\nImage=x\nEnvironmentFile=web.env\n"),
                Optional.of(dir));
        assertThat(l.errors()).isEmpty();
        assertThat(l.containers().get(0).env()).extracting(Sourced::value)
                .containsExactly(new EnvVar("TOKEN", Optional.of("abc"), "env file web.env"));
        assertThat(spec("Image=x\nEnvironmentFile=web.env\n").env()).singleElement()
                .satisfies(e -> assertThat(e.isUnresolved()).isTrue());
    }

    @Test
    void podmanArgsAreReadAsRunFlags() {
        ContainerSpec s = spec("Image=x\nPodmanArgs=--privileged --memory 1g\nPodmanArgs=--pid=host \\\n  --cpus 2\n");
        assertThat(s.privileged().is(true)).isTrue();
        assertThat(s.memoryBytes().value()).isEqualTo(1L << 30);
        assertThat(s.pid().value()).isEqualTo("host");
        assertThat(s.cpus().value()).isEqualTo(2.0);
        assertThat(s.cpus().location().orElseThrow().start().line()).isEqualTo(5);
        assertThat(s.privileged().text()).isEqualTo("--privileged");
    }

    @Test
    void podmanArgsOverrideEarlierKeys() {
        assertThat(spec("Image=x\nPodmanArgs=--memory 2g\nMemory=1g\n").memoryBytes().value()).isEqualTo(2L << 30);
    }

    @Test
    void badPodmanArgsAreLocatedInTheUnit() {
        assertThat(errors("[Container]\nImage=x\nPodmanArgs=--frobnicate nginx\n")).containsExactly(
                "units/web.container:3:12: unknown flag --frobnicate; its value, if any, may have been taken for the image",
                "units/web.container:3:25: PodmanArgs: \"nginx\" is not a flag; podman would take it for the image");
        assertThat(errors("[Container]\nImage=x\nGlobalArgs=--log-level=debug --bogus\n")).singleElement().asString()
                .contains("unknown global flag --bogus");
    }

    @Test
    void serviceRestartMapsToTheRestartPolicy() {
        Loaded l = load("[Container]\nImage=x\n[Service]\nRestart=always\n");
        assertThat(l.containers().get(0).restart().value()).isEqualTo(new RestartPolicy("always", OptionalInt.empty()));
        assertThat(load("[Container]\nImage=x\n[Service]\nRestart=on-abnormal\n").containers().get(0).restart().value()
                .name()).isEqualTo("on-failure");
        assertThat(load("[Container]\nImage=x\n").containers().get(0).restart().origin()).isEqualTo(Origin.DEFAULT);
        assertThat(errors("[Container]\nImage=x\n[Service]\nRestart=sometimes\n")).hasSize(1);
    }

    @Test
    void unknownContainerKeysAreErrorsAtTheKey() {
        assertThat(errors("[Container]\nImage=x\n  Privileged=true\n")).containsExactly(
                "units/web.container:3:3: unknown key Privileged in [Container]; Quadlet refuses the unit");
    }

    @Test
    void badValuesAreErrorsAtTheirLine() {
        assertThat(errors("[Container]\nImage=x\nReadOnly=maybe\nMemory=lots\nAddCapability=SYS_ADMIN FLY\n"))
                .containsExactly("units/web.container:3:1: ReadOnly: invalid boolean \"maybe\"",
                        "units/web.container:4:1: Memory: invalid size \"lots\": expected a number with an optional unit b,"
                                + " k, m, g, t or p",
                        "units/web.container:5:25: AddCapability: unknown capability \"FLY\"");
    }

    @Test
    void imageUserAndSectionRules() {
        assertThat(errors("[Container]\nExec=true\n")).containsExactly(
                "units/web.container:1:1: no Image= or Rootfs= key: Quadlet needs one");
        assertThat(errors("[Container]\nImage=x\nGroup=10\n")).containsExactly(
                "units/web.container:3:1: Group= is set without User=; Quadlet refuses the unit");
        assertThat(errors("[Unit]\nDescription=x\n")).containsExactly(
                "units/web.container:1:1: no [Container] section: not a Quadlet container unit");
        assertThat(spec("Rootfs=/var/lib/rootfs\n").image().value()).isEqualTo("/var/lib/rootfs");
    }

    @Test
    void anEmptyValueResetsAList() {
        ContainerSpec s = spec("Image=x\nAddCapability=SYS_ADMIN\nAddCapability=\nAddCapability=CHOWN\n");
        assertThat(s.capAdd()).extracting(Sourced::value).containsExactly("CHOWN");
    }

    @Test
    void specifiersAreUnresolved() {
        ContainerSpec s = spec("Image=x\nVolume=%h/data:/data\nUser=%U\nEnvironment=HOME_DIR=%h\n");
        assertThat(s.mounts().get(0).isUnresolved()).isTrue();
        assertThat(s.user().isUnresolved()).isTrue();
        assertThat(s.env().get(0).isUnresolved()).isTrue();
        assertThat(spec("Image=x\nEnvironment=P=100%%\n").env().get(0).value()).isEqualTo(EnvVar.literal("P", "100%"));
    }

    @Test
    void environmentVariablesThatSystemdExpandsAreUnresolved() {
        // podman's own ports.container: "Allow variables to be used as systemd expands them at runtime"
        ContainerSpec s = spec("Image=x\nPublishPort=${PORT}:${PORT}\nVolume=$DATA:/data\nEnvironment=A=${B}\n");
        assertThat(s.ports()).singleElement().satisfies(p -> assertThat(p.isUnresolved()).isTrue());
        assertThat(s.mounts().get(0).isUnresolved()).isTrue();
        assertThat(s.env().get(0).isUnresolved()).isTrue();
        assertThat(spec("Image=${IMAGE}\n").image().isUnresolved()).isTrue();
        assertThat(spec("Image=x\nEnvironment=PRICE=5$$\n").env().get(0).value()).isEqualTo(EnvVar.literal("PRICE", "5$"));
        assertThat(spec("Image=x\nEnvironment=COST=5$\n").env().get(0).value()).isEqualTo(EnvVar.literal("COST", "5$"));
    }

    @Test
    void everyOtherDocumentedKeyIsAccepted() {
        ContainerSpec s = spec("""
                Image=x
                AddHost=example.com:192.168.10.11
                Annotation="XYZ=1"
                AutoUpdate=registry
                CgroupsMode=no-conmon
                ContainerName=web
                ContainersConfModule=/etc/nvd.conf
                DNS=192.168.55.1
                DNSOption=ndots:1
                DNSSearch=example.com
                EnvironmentHost=false
                GIDMap=0:10000:10
                UIDMap=0:10000:10
                GlobalArgs=--log-level=debug
                HealthInterval=2m
                HealthLogDestination=/foo/log
                HealthMaxLogCount=5
                HealthMaxLogSize=500
                HealthRetries=5
                HealthStartPeriod=1m
                HealthStartupCmd=/bin/true
                HealthStartupInterval=1m
                HealthStartupRetries=8
                HealthStartupSuccess=2
                HealthStartupTimeout=1m33s
                HealthTimeout=20s
                HostName=example.com
                HttpProxy=true
                IP=192.5.0.1
                IP6=2001:db8::1
                Label="XYZ=1"
                LogDriver=journald
                LogOpt=path=/var/log/mykube.json
                NetworkAlias=name
                Notify=healthy
                Pull=never
                ReadOnlyTmpfs=false
                ReloadCmd=/usr/bin/command
                Retry=5
                RetryDelay=5s
                RunInit=true
                SecurityLabelFileType=usr_t
                SecurityLabelLevel=s0:c1,c2
                SecurityLabelNested=true
                SecurityLabelType=container_t
                ServiceName=web
                ShmSize=100m
                StartWithPod=true
                StopSignal=SIGINT
                StopTimeout=20
                SubGIDMap=gtest
                SubUIDMap=utest
                Timezone=local
                WorkingDir=/app
                RemapUsers=auto
                """);
        assertThat(s.selinuxDisabled().isExplicit()).isFalse();
        assertThat(s.userns().value()).isEqualTo("auto");
    }
}
