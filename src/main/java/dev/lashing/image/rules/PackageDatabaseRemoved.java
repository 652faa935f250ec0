package dev.lashing.image.rules;

import dev.lashing.core.Severity;
import dev.lashing.image.analyzers.ImageFacts;
import dev.lashing.image.analyzers.InstalledPackages;
import dev.lashing.image.analyzers.OsRelease;
import dev.lashing.image.layer.ImageFileSystem.How;
import dev.lashing.image.layer.ImageFileSystem.Removed;
import dev.lashing.rules.Rule;
import java.util.List;
import java.util.Set;

/**
 * The image's OS package database was deleted, or is missing from a distribution that keeps one,
 * so vulnerability scanners cannot tell which packages it contains.
 */
@Rule(
        id = "IM041",
        name = "image-package-database-removed",
        summary = "The OS package database was deleted or is missing, hiding packages from scanners",
        severity = Severity.WARNING,
        practices = {"P17", "P90"},
        references = {"CWE-1104"})
public final class PackageDatabaseRemoved implements ImageRule {
    /** Package databases: files, and directories (ending in {@code /}) whose files are databases. */
    private static final List<String> DATABASES = List.of("var/lib/dpkg/status", "var/lib/dpkg/status.d/",
            "lib/apk/db/installed", "var/lib/rpm/", "usr/lib/sysimage/rpm/");
    /** Distributions whose images normally keep a package database. */
    private static final Set<String> PACKAGED = Set.of("debian", "ubuntu", "alpine", "wolfi", "centos", "rhel",
            "rocky", "almalinux", "fedora", "amzn", "ol", "opensuse-leap", "sles");

    @Override
    public void check(ImageFacts image, ImageFindingSink findings) {
        InstalledPackages packages = image.get(InstalledPackages.class).orElse(null);
        if (packages == null || !packages.packages().isEmpty() || !packages.rpmDatabases().isEmpty()) {
            return;
        }
        for (Removed r : image.fileSystem().removed()) {
            String path = r.entry().path();
            if (r.how() != How.REPLACED && isDatabase(path) && image.fileSystem().live(path).isEmpty()) {
                findings.file(r.entry(), "package database " + r.entry().absolutePath() + " was deleted in layer "
                        + (r.removedByLayer() + 1) + ": vulnerability scanners can no longer list the image's packages, so "
                        + "known-vulnerable ones go unreported; keep the database, and remove packages with the "
                        + "package manager instead");
                return;
            }
        }
        OsRelease os = image.get(OsRelease.class).orElse(OsRelease.unknown());
        if (PACKAGED.contains(os.id())) {
            findings.image("no package database found although " + os.source() + " says " + os.describe()
                    + ": vulnerability scanners cannot list the image's OS packages; build from an image that keeps "
                    + "its package database (distroless keeps /var/lib/dpkg/status.d)", Severity.INFO);
        }
    }

    private static boolean isDatabase(String path) {
        for (String d : DATABASES) {
            if (d.endsWith("/") ? path.startsWith(d) : path.equals(d)) {
                return true;
            }
        }
        return false;
    }
}
