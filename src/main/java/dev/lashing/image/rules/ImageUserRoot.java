package dev.lashing.image.rules;

import dev.lashing.core.Severity;
import dev.lashing.image.analyzers.ImageFacts;
import dev.lashing.rules.Rule;

/** The image config runs the process as root: {@code User} is empty, {@code root} or uid 0. */
@Rule(
        id = "IM001",
        name = "image-user-root",
        summary = "Image runs as root (config User empty, root or 0)",
        severity = Severity.WARNING,
        practices = {"P30"},
        aliases = {"CIS-DI-0001"},
        references = {"CIS Docker Benchmark 4.1", "CWE-250"})
public final class ImageUserRoot implements ImageRule {

    @Override
    public void check(ImageFacts image, ImageFindingSink findings) {
        String user = image.config().user().trim();
        if (user.isEmpty()) {
            findings.config("/config/User", "the image config sets no User, so the container runs as root (uid 0) "
                    + "unless started with --user; set a non-root USER when building the image");
        } else if (isRoot(user)) {
            findings.config("/config/User", "the image config sets User \"" + user + "\", which is root (uid 0): a "
                    + "process escaping the container is root on the host's kernel; switch to a non-root user");
        }
    }

    /** True when {@code user} ({@code name}, {@code uid}, {@code name:group} or {@code uid:gid}) is root. */
    static boolean isRoot(String user) {
        int colon = user.indexOf(':');
        String name = colon < 0 ? user : user.substring(0, colon);
        return name.equals("root") || name.matches("0+");
    }
}
