package dev.lashing.image.rules;

import dev.lashing.core.Severity;
import dev.lashing.image.analyzers.ImageFacts;
import dev.lashing.image.analyzers.InstalledPackages;
import dev.lashing.rules.Rule;
import java.util.List;
import java.util.Set;

/** The image ships sudo or doas, which lets a process become root inside the container. */
@Rule(
        id = "IM031",
        name = "image-sudo-present",
        summary = "The image ships sudo or doas",
        severity = Severity.WARNING,
        practices = {"P32"},
        references = {"dockle DKL-DI-0001 (flags sudo in the history's commands, not the binary)", "CWE-250"})
public final class SudoPresent implements ImageRule {
    private static final Set<String> TOOLS = Set.of("sudo", "doas");
    private static final Set<String> PACKAGES = Set.of("sudo", "doas", "opendoas", "sudo-ldap");

    @Override
    public void check(ImageFacts image, ImageFindingSink findings) {
        List<Executables.Found> found = Executables.find(image.fileSystem(), TOOLS);
        for (Executables.Found f : found) {
            String setuid = f.entry().setuid() ? " (setuid root)" : "";
            findings.file(f.entry(), f.name() + " is installed at " + f.path() + setuid + ": any process that can "
                    + "use it can become root in the container; remove the " + f.name() + " package and give the "
                    + "application a user with the rights it needs");
        }
        if (!found.isEmpty()) {
            return;
        }
        InstalledPackages packages = image.get(InstalledPackages.class).orElse(null);
        if (packages == null) {
            return;
        }
        for (InstalledPackages.InstalledPackage p : packages.packages()) {
            if (PACKAGES.contains(p.name())) {
                findings.file(p.database(), "package " + p.name() + " is installed (per " + p.database().absolutePath()
                        + ") although its binary was not found: it lets a process become root in the container; "
                        + "remove the package");
            }
        }
    }
}
