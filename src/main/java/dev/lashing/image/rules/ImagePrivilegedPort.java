package dev.lashing.image.rules;

import dev.lashing.core.Severity;
import dev.lashing.image.analyzers.ImageFacts;
import dev.lashing.rules.Rule;
import java.util.TreeSet;

/** The image runs as a non-root user but exposes a port below 1024, which that user cannot bind by default. */
@Rule(
        id = "IM007",
        name = "image-privileged-port",
        summary = "Image exposes a port below 1024 but runs as a non-root user",
        severity = Severity.INFO,
        practices = {"P42"},
        references = {"https://docs.docker.com/engine/network/#published-ports",
            "https://man7.org/linux/man-pages/man7/capabilities.7.html"})
public final class ImagePrivilegedPort implements ImageRule {

    @Override
    public void check(ImageFacts image, ImageFindingSink findings) {
        String user = image.config().user().trim();
        if (user.isEmpty() || ImageUserRoot.isRoot(user)) {
            return;
        }
        for (String port : new TreeSet<>(image.config().exposedPorts())) {
            int number = portNumber(port);
            if (number > 0 && number < 1024) {
                findings.config("/config/ExposedPorts/" + port.replace("~", "~0").replace("/", "~1"),
                        "port " + port + " is privileged (below 1024) and the image runs as user \"" + user
                                + "\", which cannot bind it without CAP_NET_BIND_SERVICE (unless the runtime lowers "
                                + "net.ipv4.ip_unprivileged_port_start, as Docker does but Kubernetes does not); listen "
                                + "on a port above 1023 and map it outside");
            }
        }
    }

    /** The number of {@code 80} or {@code 80/tcp}; -1 when it is not one. */
    static int portNumber(String spec) {
        int slash = spec.indexOf('/');
        String p = slash < 0 ? spec : spec.substring(0, slash);
        if (p.isEmpty() || p.length() > 5 || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Integer.parseInt(p);
    }
}
