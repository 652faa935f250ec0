package dev.lashing.image.analyzers;

import dev.lashing.image.layer.ImageFileSystem;
import dev.lashing.image.layer.LayerEntry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Reads which distribution the image is built on ({@link OsRelease}) from the release files of the merged view. */
public final class OsReleaseAnalyzer implements FactAnalyzer<OsRelease> {
    /** The files read, in order of preference. */
    static final String OS_RELEASE = "etc/os-release";
    static final String USR_OS_RELEASE = "usr/lib/os-release";
    private static final String ALPINE = "etc/alpine-release";
    private static final String DEBIAN = "etc/debian_version";
    private static final String REDHAT = "etc/redhat-release";
    private static final Set<String> PATHS = Set.of(OS_RELEASE, USR_OS_RELEASE, ALPINE, DEBIAN, REDHAT);
    private static final int MAX_BYTES = 16 * 1024;

    /** Content by layer and path ({@code layer + ":" + path}); layers are walked concurrently. */
    private final Map<String, String> contents = new ConcurrentHashMap<>();

    @Override
    public Class<OsRelease> factType() {
        return OsRelease.class;
    }

    @Override
    public boolean wants(LayerEntry entry) {
        return entry.type() == LayerEntry.EntryType.FILE && PATHS.contains(entry.path());
    }

    @Override
    public long maxContentBytes() {
        return MAX_BYTES;
    }

    @Override
    public void accept(LayerEntry entry, InputStream content, boolean truncated) throws IOException {
        contents.put(entry.layer() + ":" + entry.path(), new String(content.readAllBytes(), StandardCharsets.UTF_8));
    }

    @Override
    public OsRelease result(ImageFileSystem fs) {
        for (String path : new String[] {OS_RELEASE, USR_OS_RELEASE}) {
            Optional<String> text = read(fs, path);
            if (text.isPresent()) {
                OsRelease r = parseOsRelease(text.get(), "/" + path);
                if (r.known()) {
                    return r;
                }
            }
        }
        Optional<String> alpine = read(fs, ALPINE);
        if (alpine.isPresent() && !alpine.get().isBlank()) {
            String v = alpine.get().strip();
            return new OsRelease("alpine", v, "", "Alpine Linux v" + v, "/" + ALPINE);
        }
        Optional<String> debian = read(fs, DEBIAN);
        if (debian.isPresent() && !debian.get().isBlank()) {
            String v = debian.get().strip();
            boolean numeric = Character.isDigit(v.charAt(0));
            return new OsRelease("debian", numeric ? v : "", numeric ? "" : v.split("/")[0], "", "/" + DEBIAN);
        }
        return read(fs, REDHAT).map(OsReleaseAnalyzer::parseRedhatRelease).orElse(OsRelease.unknown());
    }

    /** The content of the live file at {@code path}, following symbolic links, when it was read. */
    private Optional<String> read(ImageFileSystem fs, String path) {
        return Links.resolve(fs, path).filter(e -> e.type() == LayerEntry.EntryType.FILE)
                .map(e -> contents.get(e.layer() + ":" + e.path()));
    }

    /** Parses {@code KEY=value} lines as os-release(5) defines them (values optionally quoted). */
    static OsRelease parseOsRelease(String text, String source) {
        String id = "";
        String version = "";
        String codename = "";
        String pretty = "";
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (line.startsWith("#") || eq <= 0) {
                continue;
            }
            String key = line.substring(0, eq).strip();
            String value = unquote(line.substring(eq + 1).strip());
            switch (key) {
                case "ID" -> id = value.toLowerCase(Locale.ROOT);
                case "VERSION_ID" -> version = value;
                case "VERSION_CODENAME" -> codename = value.toLowerCase(Locale.ROOT);
                case "PRETTY_NAME" -> pretty = value;
                default -> { }
            }
        }
        return new OsRelease(id, version, codename, pretty, source);
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
            return v.substring(1, v.length() - 1).replace("\\\"", "\"");
        }
        return v;
    }

    /** Parses {@code CentOS Linux release 7.9.2009 (Core)} and the like. */
    static OsRelease parseRedhatRelease(String text) {
        String line = text.strip().split("\n")[0];
        int at = line.indexOf(" release ");
        if (at <= 0) {
            return OsRelease.unknown();
        }
        String name = line.substring(0, at).toLowerCase(Locale.ROOT);
        String version = line.substring(at + " release ".length()).split("\\s")[0];
        String id;
        if (name.startsWith("centos")) {
            id = "centos";
        } else if (name.startsWith("red hat")) {
            id = "rhel";
        } else if (name.startsWith("rocky")) {
            id = "rocky";
        } else if (name.startsWith("almalinux")) {
            id = "almalinux";
        } else if (name.startsWith("fedora")) {
            id = "fedora";
        } else {
            id = name.split("\\s")[0];
        }
        return new OsRelease(id, version, "", line, "/" + REDHAT);
    }
}
