package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Sourced;
import java.util.List;

/** The container gets a host device. */
@Rule(
        id = "RT025",
        name = "container-host-device",
        summary = "Container gets a host device (--device, devices:, AddDevice=)",
        severity = Severity.WARNING,
        practices = {"P60"},
        aliases = {"CIS-DOCKER-5.18"},
        references = {"https://docs.docker.com/reference/cli/docker/container/run/#device"})
public final class HostDevice implements RuntimeRule {
    /** Devices that give the host's memory or disks away: raw memory and ports, block devices. */
    private static final List<String> HOST_TAKEOVER = List.of("/dev/mem", "/dev/kmem", "/dev/port", "/dev/sd",
            "/dev/nvme", "/dev/vd", "/dev/xvd", "/dev/hd", "/dev/dm-", "/dev/mapper/", "/dev/md");

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        for (Sourced<String> d : spec.devices()) {
            if (Undecided.report(d, findings, "which host device the container gets")) {
                continue;
            }
            String host = d.value().strip();
            int colon = host.indexOf(':');
            host = colon < 0 ? host : host.substring(0, colon);
            String device = host;
            boolean takeover = HOST_TAKEOVER.stream().anyMatch(device::startsWith);
            findings.report(d, "the container gets the host device " + device + " (" + Spelling.written(d, device) + ")"
                    + (takeover ? ": raw access to the host's memory or disks, enough to read or change anything on it"
                            : ": the device's driver becomes attack surface and the container can use the hardware")
                    + "; remove it unless the workload needs this hardware, and then grant only read access where "
                    + "possible", takeover ? Severity.ERROR : null);
        }
    }
}
