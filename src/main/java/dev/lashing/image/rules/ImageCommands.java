package dev.lashing.image.rules;

import dev.lashing.dockerfile.shell.ShellScript;
import dev.lashing.dockerfile.syntax.LogicalText;
import dev.lashing.image.oci.ImageConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads the commands an image config records (Entrypoint, Cmd, history) through the Dockerfile shell model. */
final class ImageCommands {
    /** Shells whose {@code -c} argument is a script. */
    private static final Set<String> SHELLS = Set.of("sh", "bash", "ash", "dash", "zsh", "ksh", "mksh");

    private ImageCommands() {}

    /**
     * A script the image starts and the config value it comes from.
     *
     * @param pointer {@code /config/Cmd} or {@code /config/Entrypoint}
     * @param script the shell model
     */
    record Startup(String pointer, ShellScript script) {}

    /**
     * The scripts the image starts: Cmd on its own when there is an Entrypoint too (entrypoint
     * scripts usually end with {@code exec "$@"}), then Entrypoint followed by Cmd as one process.
     */
    static List<Startup> startup(ImageConfig config) {
        List<Startup> out = new ArrayList<>();
        if (config.entrypoint().isEmpty()) {
            if (!config.cmd().isEmpty()) {
                out.add(new Startup("/config/Cmd", argv(config.cmd())));
            }
            return out;
        }
        if (!config.cmd().isEmpty()) {
            out.add(new Startup("/config/Cmd", argv(config.cmd())));
        }
        List<String> argv = new ArrayList<>(config.entrypoint());
        argv.addAll(config.cmd());
        out.add(new Startup("/config/Entrypoint", argv(argv)));
        return out;
    }

    /** The shell model of an argument vector; {@code sh -c script} is read as the script. */
    static ShellScript argv(List<String> argv) {
        if (argv.size() >= 3 && SHELLS.contains(basename(argv.get(0))) && argv.get(1).matches("-[a-z]*c")) {
            return parse(argv.get(2));
        }
        StringBuilder sb = new StringBuilder();
        for (String a : argv) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append('\'').append(a.replace("'", "'\\''")).append('\'');
        }
        return parse(sb.toString());
    }

    /** The shell model of POSIX shell text (positions are offsets into {@code script}). */
    static ShellScript parse(String script) {
        int[] offsets = new int[script.length() + 1];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = i;
        }
        return ShellScript.parse(new LogicalText(script, offsets));
    }

    private static String basename(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
