package dev.lashing.dockerfile.rules;

import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Word;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The OS packages an install command names (apt-get/apt, apk, yum/dnf/microdnf, zypper), versions stripped. */
final class InstalledPackages {
    /** Install verbs per package manager. */
    private static final Map<String, Set<String>> VERBS = Map.of(
            "apt-get", Set.of("install"), "apt", Set.of("install"), "apk", Set.of("add"),
            "yum", Set.of("install"), "dnf", Set.of("install"), "microdnf", Set.of("install"),
            "tdnf", Set.of("install"), "zypper", Set.of("install", "in"));
    /** Options that take a value, so the value is not a package. */
    private static final Set<String> VALUE_OPTIONS = Set.of("-o", "-c", "-t", "--target-release", "-X", "--repository",
            "--virtual", "--repo", "--enablerepo", "--disablerepo", "--setopt", "--releasever", "--installroot",
            "-r", "--root", "-a");

    private InstalledPackages() {}

    /** The package words of {@code c}, or an empty list when it installs nothing. */
    static List<Word> of(Command c) {
        Set<String> verbs = VERBS.get(c.simpleName().orElse(""));
        if (verbs == null) {
            return List.of();
        }
        List<Word> pos = c.positionalArgs(VALUE_OPTIONS);
        if (pos.isEmpty() || !verbs.contains(pos.get(0).text())) {
            return List.of();
        }
        return pos.subList(1, pos.size());
    }

    /** The package name of {@code word}: {@code gcc} of {@code gcc=4:12.2.0-3} or {@code gcc-12.2.1}. */
    static String name(Word word) {
        String t = word.text();
        for (String sep : new String[] {"=", "<", ">", "~"}) {
            int at = t.indexOf(sep);
            if (at > 0) {
                t = t.substring(0, at);
            }
        }
        return t;
    }
}
