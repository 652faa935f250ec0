package dev.lashing.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs the real command line in process, in a given directory, capturing its output. */
final class CliRunner {
    private final Path cwd;
    private final Map<String, String> env = new HashMap<>();
    private String stdin = "";
    private boolean terminal;

    CliRunner(Path cwd) {
        this.cwd = cwd;
    }

    CliRunner env(String key, String value) {
        env.put(key, value);
        return this;
    }

    CliRunner stdin(String text) {
        this.stdin = text;
        return this;
    }

    CliRunner terminal() {
        this.terminal = true;
        return this;
    }

    /** The outcome of one run. */
    record Run(int status, String out, String err) {}

    Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Environment e = new Environment(cwd, env, cwd, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                terminal);
        int status = Cli.run(args, e);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
