package dev.lashing.image.rules;

import dev.lashing.core.Severity;
import dev.lashing.image.analyzers.ImageFacts;
import dev.lashing.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The final image ships a shell or a package manager, which a distroless or scratch image would not. */
@Rule(
        id = "IM030",
        name = "image-has-shell-or-package-manager",
        summary = "The image ships a shell or a package manager",
        severity = Severity.INFO,
        practices = {"P08"},
        references = {"https://github.com/GoogleContainerTools/distroless"})
public final class ShellOrPackageManagerPresent implements ImageRule {
    static final Set<String> SHELLS = Set.of("sh", "bash", "ash", "dash", "zsh", "busybox");
    static final Set<String> PACKAGE_MANAGERS = Set.of("apt", "apt-get", "dpkg", "apk", "yum", "dnf", "microdnf",
            "rpm", "zypper", "pip", "pip3");

    @Override
    public void check(ImageFacts image, ImageFindingSink findings) {
        Map<String, Executables.Found> shells = Executables.firstByName(image.fileSystem(), SHELLS);
        Map<String, Executables.Found> managers = Executables.firstByName(image.fileSystem(), PACKAGE_MANAGERS);
        if (shells.isEmpty() && managers.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        if (!shells.isEmpty()) {
            parts.add("shell" + (shells.size() > 1 ? "s " : " ") + paths(shells));
        }
        if (!managers.isEmpty()) {
            parts.add("package manager" + (managers.size() > 1 ? "s " : " ") + paths(managers));
        }
        Executables.Found first = (shells.isEmpty() ? managers : shells).values().iterator().next();
        findings.file(first.entry(), "the image ships " + String.join(" and ", parts) + ": an attacker who gets "
                + "code execution can use them to explore and install tools; if the application does not need them, "
                + "ship a distroless or scratch image with only the built artefact");
    }

    private static String paths(Map<String, Executables.Found> found) {
        return String.join(", ", found.values().stream().map(Executables.Found::path).toList());
    }
}
