package dev.lashing.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a run sees of the outside world, injected so that tests run the real command line in
 * process: working directory, environment variables, home directory, standard streams and
 * whether standard output is a terminal.
 */
public record Environment(
        Path cwd, Map<String, String> env, Path home, InputStream stdin, PrintStream stdout, PrintStream stderr,
        boolean stdoutIsTerminal) {

    /** Copies the map. */
    public Environment {
        env = Map.copyOf(env);
    }
}
