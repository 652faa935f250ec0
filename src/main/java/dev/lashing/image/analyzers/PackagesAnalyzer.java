package dev.lashing.image.analyzers;

import dev.lashing.image.analyzers.InstalledPackages.InstalledPackage;
import dev.lashing.image.layer.ImageFileSystem;
import dev.lashing.image.layer.LayerEntry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Lists the packages of the image's live dpkg and apk databases ({@link InstalledPackages}); notes rpm databases. */
public final class PackagesAnalyzer implements FactAnalyzer<InstalledPackages> {
    static final String DPKG_STATUS = "var/lib/dpkg/status";
    static final String DPKG_STATUS_D = "var/lib/dpkg/status.d/";
    static final String APK_INSTALLED = "lib/apk/db/installed";
    /** Where rpm keeps its database (classic, NDB and SQLite back ends; old and new locations). */
    static final List<String> RPM_DATABASES = List.of("var/lib/rpm/Packages", "var/lib/rpm/Packages.db",
            "var/lib/rpm/rpmdb.sqlite", "usr/lib/sysimage/rpm/Packages", "usr/lib/sysimage/rpm/Packages.db",
            "usr/lib/sysimage/rpm/rpmdb.sqlite");
    /** A dpkg status file of a large image is a few MiB; 32 MiB leaves ample room. */
    private static final long MAX_BYTES = 32L * 1024 * 1024;

    private record Parsed(List<String[]> packages, boolean truncated) {}

    /** Parsed databases by {@code layer + ":" + path}; layers are walked concurrently. */
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();

    @Override
    public Class<InstalledPackages> factType() {
        return InstalledPackages.class;
    }

    @Override
    public boolean wants(LayerEntry entry) {
        if (entry.type() != LayerEntry.EntryType.FILE) {
            return false;
        }
        String p = entry.path();
        return p.equals(DPKG_STATUS) || p.equals(APK_INSTALLED)
                || (p.startsWith(DPKG_STATUS_D) && p.indexOf('/', DPKG_STATUS_D.length()) < 0 && !p.endsWith(".md5sums"));
    }

    @Override
    public long maxContentBytes() {
        return MAX_BYTES;
    }

    @Override
    public void accept(LayerEntry entry, InputStream content, boolean truncated) throws IOException {
        String text = new String(content.readAllBytes(), StandardCharsets.UTF_8);
        List<String[]> pkgs = entry.path().equals(APK_INSTALLED) ? parseApk(text) : parseDpkg(text);
        parsed.put(entry.layer() + ":" + entry.path(), new Parsed(pkgs, truncated));
    }

    @Override
    public InstalledPackages result(ImageFileSystem fs) {
        List<InstalledPackage> out = new ArrayList<>();
        boolean truncated = false;
        List<LayerEntry> databases = new ArrayList<>();
        fs.live(DPKG_STATUS).ifPresent(databases::add);
        databases.addAll(fs.liveUnder(DPKG_STATUS_D));
        fs.live(APK_INSTALLED).ifPresent(databases::add);
        for (LayerEntry db : databases) {
            Parsed p = parsed.get(db.layer() + ":" + db.path());
            if (p == null) {
                continue;
            }
            truncated |= p.truncated();
            String manager = db.path().equals(APK_INSTALLED) ? "apk" : "dpkg";
            for (String[] nv : p.packages()) {
                out.add(new InstalledPackage(nv[0], nv[1], manager, db));
            }
        }
        List<LayerEntry> rpm = new ArrayList<>();
        for (String path : RPM_DATABASES) {
            fs.live(path).filter(LayerEntry::isRegular).ifPresent(rpm::add);
        }
        return new InstalledPackages(out, rpm, truncated);
    }

    /** Names and versions of the installed stanzas of a dpkg status file (deb822 paragraphs). */
    static List<String[]> parseDpkg(String text) {
        List<String[]> out = new ArrayList<>();
        for (String stanza : text.split("\n\\s*\n")) {
            String name = "";
            String version = "";
            String status = "";
            for (String line : stanza.split("\n")) {
                if (line.startsWith("Package:")) {
                    name = line.substring(8).strip();
                } else if (line.startsWith("Version:")) {
                    version = line.substring(8).strip();
                } else if (line.startsWith("Status:")) {
                    status = line.substring(7).strip();
                }
            }
            // distroless status.d files carry no Status field: what is listed there is installed
            boolean installed = status.isEmpty() || status.endsWith(" installed") && !status.endsWith("not-installed");
            if (!name.isEmpty() && installed) {
                out.add(new String[] {name, version});
            }
        }
        return out;
    }

    /** Names and versions of an apk database ({@code P:} and {@code V:} lines, blank-line separated). */
    static List<String[]> parseApk(String text) {
        List<String[]> out = new ArrayList<>();
        String name = "";
        String version = "";
        for (String line : (text + "\n\n").split("\n", -1)) {
            if (line.isBlank()) {
                if (!name.isEmpty()) {
                    out.add(new String[] {name, version});
                }
                name = "";
                version = "";
            } else if (line.startsWith("P:")) {
                name = line.substring(2).strip();
            } else if (line.startsWith("V:")) {
                version = line.substring(2).strip();
            }
        }
        return out;
    }
}
