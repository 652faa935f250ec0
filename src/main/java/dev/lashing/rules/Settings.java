package dev.lashing.rules;

import java.util.List;
import java.util.Map;

/** Rule settings from configuration ({@code settings:} in .lashing.yaml), read-only. */
public interface Settings {

    /** A list of strings, or an empty list when absent. */
    List<String> stringList(String key);

    /** A map of strings, or an empty map when absent. */
    Map<String, String> stringMap(String key);

    /** A boolean, or {@code fallback} when absent. */
    boolean bool(String key, boolean fallback);

    /** A string, or {@code fallback} when absent. */
    String string(String key, String fallback);

    /** These settings with boolean {@code key} forced to {@code value} (a command-line switch over configuration). */
    default Settings withBoolean(String key, boolean value) {
        Settings base = this;
        return new Settings() {
            @Override
            public List<String> stringList(String k) {
                return base.stringList(k);
            }

            @Override
            public Map<String, String> stringMap(String k) {
                return base.stringMap(k);
            }

            @Override
            public boolean bool(String k, boolean fallback) {
                return k.equals(key) ? value : base.bool(k, fallback);
            }

            @Override
            public String string(String k, String fallback) {
                return base.string(k, fallback);
            }
        };
    }

    /** Settings with nothing in them. */
    static Settings empty() {
        return new Settings() {
            @Override
            public List<String> stringList(String key) {
                return List.of();
            }

            @Override
            public Map<String, String> stringMap(String key) {
                return Map.of();
            }

            @Override
            public boolean bool(String key, boolean fallback) {
                return fallback;
            }

            @Override
            public String string(String key, String fallback) {
                return fallback;
            }
        };
    }
}
