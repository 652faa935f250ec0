package dev.lashing.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * End-of-life dates of distributions and language runtimes used as base images, from the data file
 * {@code eol.tsv} shipped with lashing (its header names the source).
 */
public final class EndOfLife {
    /** One release: product, version, codenames, and the day free security support ends. */
    public record Release(String product, String version, List<String> codenames, LocalDate end) {

        /** Copies the list. */
        public Release {
            codenames = List.copyOf(codenames);
        }
    }

    private static final List<Release> RELEASES = load();

    private EndOfLife() {}

    /** Every release in the table. */
    public static List<Release> all() {
        return RELEASES;
    }

    /** The release of {@code product} named by version ({@code 3.8}) or codename ({@code buster}). */
    public static Optional<Release> find(String product, String versionOrCodename) {
        String key = versionOrCodename.toLowerCase(Locale.ROOT);
        for (Release r : RELEASES) {
            if (r.product().equals(product) && (r.version().equals(key) || r.codenames().contains(key))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The release any product knows by {@code codename} ({@code bullseye}, {@code focal}). */
    public static Optional<Release> byCodename(String codename) {
        String key = codename.toLowerCase(Locale.ROOT);
        return RELEASES.stream().filter(r -> r.codenames().contains(key)).findFirst();
    }

    private static List<Release> load() {
        List<Release> out = new ArrayList<>();
        try (InputStream in = EndOfLife.class.getResourceAsStream("eol.tsv")) {
            if (in == null) {
                throw new IllegalStateException("eol.tsv missing from the build");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                List<String> names = f[2].equals("-") ? List.of() : List.of(f[2].split(","));
                out.add(new Release(f[0], f[1], names, LocalDate.parse(f[3])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
