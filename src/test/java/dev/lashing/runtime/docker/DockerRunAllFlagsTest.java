package dev.lashing.runtime.docker;

import static dev.lashing.runtime.docker.RunLines.errors;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every option of the docker run reference (Docker CLI 28), hidden aliases included, is known. */
class DockerRunAllFlagsTest {
    private static final List<String> DOCKER_RUN_REFERENCE = List.of("--add-host=db:10.0.0.1",
            "--annotation=a=b", "--attach=stdout", "-a=stderr", "--blkio-weight=500", "--blkio-weight-device=/dev/sda:200",
            "--cap-add=NET_ADMIN", "--cap-drop=MKNOD", "--cgroup-parent=/p", "--cgroupns=private", "--cidfile=/tmp/c",
            "--cpu-count=1", "--cpu-percent=50", "--cpu-period=100000", "--cpu-quota=50000", "--cpu-rt-period=1000",
            "--cpu-rt-runtime=500", "--cpu-shares=512", "-c=512", "--cpus=1.5", "--cpuset-cpus=0-3", "--cpuset-mems=0",
            "--detach", "-d", "--detach-keys=ctrl-x", "--device=/dev/fuse", "--device-cgroup-rule=c 1:3 mr",
            "--device-read-bps=/dev/sda:1mb", "--device-read-iops=/dev/sda:1000", "--device-write-bps=/dev/sda:1mb",
            "--device-write-iops=/dev/sda:1000", "--disable-content-trust", "--dns=1.1.1.1", "--dns-option=ndots:2",
            "--dns-opt=ndots:2", "--dns-search=example.com", "--domainname=example.com", "--entrypoint=/bin/sh",
            "--env=A=1", "-e=B=2", "--env-file=app.env", "--expose=80", "--gpus=all", "--group-add=audio",
            "--health-cmd=true", "--health-interval=30s", "--health-retries=3", "--health-start-interval=5s",
            "--health-start-period=1m", "--health-timeout=10s", "--help", "--hostname=web", "-h=web", "--init",
            "--interactive", "-i", "--io-maxbandwidth=10m", "--io-maxiops=100", "--ip=172.30.100.104",
            "--ip6=2001:db8::33", "--ipc=private", "--isolation=default", "--kernel-memory=1g", "--label=a=b", "-l=c=d",
            "--label-file=labels", "--link=db:db", "--link-local-ip=169.254.1.1", "--log-driver=json-file",
            "--log-opt=max-size=10m", "--mac-address=92:d0:c6:0a:29:33", "--memory=1g", "-m=1g",
            "--memory-reservation=512m", "--memory-swap=2g", "--memory-swappiness=10", "--mount=type=tmpfs,target=/t",
            "--name=web", "--network=bridge", "--net=bridge", "--network-alias=web", "--net-alias=web",
            "--oom-kill-disable", "--oom-score-adj=100", "--pid=private", "--pids-limit=100", "--platform=linux/amd64",
            "--privileged", "--publish=80", "-p=81", "--publish-all", "-P", "--pull=never", "--quiet", "-q",
            "--read-only", "--restart=always", "--rm", "--runtime=runc", "--security-opt=no-new-privileges",
            "--shm-size=64m", "--sig-proxy=false", "--stop-signal=SIGTERM", "--stop-timeout=10", "--storage-opt=size=1G",
            "--sysctl=net.core.somaxconn=1024", "--tmpfs=/run", "--tty", "-t", "--ulimit=nofile=1024",
            "--use-api-socket", "--user=1000", "-u=1000", "--userns=host", "--uts=host", "--volume=/a:/b",
            "-v=/c:/d", "--volume-driver=local", "--volumes-from=other", "--workdir=/app", "-w=/app");

    @Test
    void everyReferenceOptionIsKnownAndItsValueRead() {
        String line = "docker run " + String.join(" ", DOCKER_RUN_REFERENCE.stream().map(DockerRunParser::quote)
                .toList()) + " nginx";
        assertThat(errors(line)).isEmpty();
        assertThat(RunLines.spec(line).image().value()).isEqualTo("nginx");
    }

    @Test
    void everyReferenceOptionIsAlsoKnownToPodmanExceptDockerOnlyOnes() {
        List<String> dockerOnly = List.of("--cpu-count", "--cpu-percent", "--domainname", "--io-maxbandwidth",
                "--io-maxiops", "--isolation", "--kernel-memory", "--link=", "--net-alias", "--use-api-socket",
                "--volume-driver", "--health-start-interval");
        List<String> shared = DOCKER_RUN_REFERENCE.stream()
                .filter(f -> dockerOnly.stream().noneMatch(f::startsWith)).map(DockerRunParser::quote).toList();
        assertThat(errors("podman run " + String.join(" ", shared) + " nginx")).isEmpty();
    }
}
