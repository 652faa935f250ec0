package dev.lashing.dockerfile.model;

import dev.lashing.dockerfile.syntax.Shell;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The shell that runs shell-form RUN/CMD/ENTRYPOINT at some point of a stage: the argv of the last
 * SHELL instruction (own or inherited), or the default {@code /bin/sh -c} ({@code cmd /S /C} for
 * Windows stages).
 */
public record ShellSetting(List<String> argv, Optional<Shell> instruction) {
    private static final Set<String> POSIX = Set.of("sh", "bash", "ash", "dash", "zsh", "ksh", "mksh", "busybox");

    /** Linux's default shell. */
    public static final ShellSetting DEFAULT = new ShellSetting(List.of("/bin/sh", "-c"), Optional.empty());

    /** Windows' default shell. */
    public static final ShellSetting WINDOWS = new ShellSetting(List.of("cmd", "/S", "/C"), Optional.empty());

    /** Copies the list. */
    public ShellSetting {
        argv = List.copyOf(argv);
    }

    /** The basename of the executable, lower case, without {@code .exe}. */
    public String executable() {
        if (argv.isEmpty()) {
            return "";
        }
        String a = argv.get(0).replace('\\', '/');
        String base = a.substring(a.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return base.endsWith(".exe") ? base.substring(0, base.length() - 4) : base;
    }

    /** True for POSIX-family shells, whose scripts our shell rules understand. */
    public boolean isPosix() {
        return POSIX.contains(executable());
    }

    /** True when the shell sets {@code -o pipefail} (e.g. {@code ["/bin/bash", "-o", "pipefail", "-c"]}). */
    public boolean hasPipefail() {
        for (int i = 0; i + 1 < argv.size(); i++) {
            String a = argv.get(i);
            boolean shortBundleEndingInO = a.length() >= 2 && a.charAt(0) == '-' && a.charAt(1) != '-'
                    && a.endsWith("o") && a.chars().skip(1).allMatch(Character::isLetter);
            if (shortBundleEndingInO && argv.get(i + 1).equals("pipefail")) {
                return true;
            }
        }
        return argv.stream().anyMatch(a -> a.equals("-opipefail") || a.equals("--pipefail"));
    }
}
