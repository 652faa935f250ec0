package dev.lashing.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The catalogue of secure container practices (ids such as {@code P30}) that rules enforce. */
public final class Practices {
    private static final Map<String, String> TITLES = load();

    private Practices() {}

    /** Every practice id with its title, in catalogue order. */
    public static Map<String, String> all() {
        return TITLES;
    }

    /** The title of practice {@code id}, if it exists. */
    public static Optional<String> title(String id) {
        return Optional.ofNullable(TITLES.get(id));
    }

    private static Map<String, String> load() {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = Practices.class.getResourceAsStream("/dev/lashing/practices.tsv")) {
            if (in == null) {
                throw new IllegalStateException("practices.tsv missing from the build");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    out.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(out);
    }
}
