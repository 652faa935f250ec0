package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.syntax.Workdir;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.List;
import java.util.Optional;

/** WORKDIR in a directory the kernel or the runtime owns (/proc, /sys, /dev, /boot, ...). */
@Rule(
        id = "DF025",
        name = "workdir-in-system-directory",
        summary = "WORKDIR is inside a system directory such as /proc or /sys",
        severity = Severity.WARNING,
        practices = {"P26"},
        aliases = {"DS-0030", "DS030"},
        references = {"https://docs.docker.com/reference/dockerfile/#workdir"})
public final class WorkdirInSystemDirectory implements DockerfileRule {
    private static final List<String> SYSTEM = List.of("/proc", "/boot", "/dev", "/initrd", "/lost+found", "/sys");

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (Workdir w : context.all(Workdir.class)) {
            Optional<String> path = context.expand(w, w.path().text()).resolvedValue();
            Optional<String> dir = path.flatMap(p -> under(p, SYSTEM));
            if (dir.isPresent()) {
                findings.report(w.path().range(), "WORKDIR " + path.get() + " is inside " + dir.get() + ", which the "
                        + "kernel or the container runtime mounts over at run time, hiding what the build put there; "
                        + "use an application directory such as /app");
            }
        }
    }

    /** The directory of {@code dirs} that {@code path} is (or is inside), after normalising slashes and dots. */
    static Optional<String> under(String path, List<String> dirs) {
        String p = normalise(path);
        return dirs.stream().filter(d -> p.equals(d) || p.startsWith(d + "/")).findFirst();
    }

    static String normalise(String path) {
        StringBuilder out = new StringBuilder();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                int slash = out.lastIndexOf("/");
                out.setLength(Math.max(slash, 0));
            } else {
                out.append('/').append(part);
            }
        }
        return out.length() == 0 ? "/" : out.toString();
    }
}
