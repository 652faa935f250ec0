package dev.lashing.image.analyzers;

import dev.lashing.image.layer.LayerEntry;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The OS packages the image's live package databases list: dpkg ({@code var/lib/dpkg/status} and the
 * distroless {@code var/lib/dpkg/status.d/}) and apk ({@code lib/apk/db/installed}). rpm databases are
 * binary (Berkeley DB, NDB or SQLite) and are not read: their presence is recorded in {@link #rpmDatabases},
 * but their packages are not in {@link #packages}.
 *
 * @param packages installed packages, in database order
 * @param rpmDatabases the live rpm databases found (not inventoried)
 * @param truncated true when a database was longer than the analyzer reads, so the list is partial
 */
public record InstalledPackages(List<InstalledPackage> packages, List<LayerEntry> rpmDatabases, boolean truncated) {

    /** Copies the lists. */
    public InstalledPackages {
        packages = List.copyOf(packages);
        rpmDatabases = List.copyOf(rpmDatabases);
    }

    /**
     * One installed package.
     *
     * @param name the package name
     * @param version its version, empty when the database gives none
     * @param manager {@code dpkg} or {@code apk}
     * @param database the live database file that lists it
     */
    public record InstalledPackage(String name, String version, String manager, LayerEntry database) {

        /** Checks fields. */
        public InstalledPackage {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(manager, "manager");
            Objects.requireNonNull(database, "database");
        }
    }

    /** The installed package named {@code name}, if any. */
    public Optional<InstalledPackage> find(String name) {
        return packages.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
