package dev.lashing.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Entry point of the {@code lashing} command. */
public final class Main {
    private Main() {}

    /** Runs the command line and exits with its status (0 clean, 1 findings, 2 usage or input error). */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                StandardCharsets.UTF_8);
        Environment env = new Environment(Path.of("").toAbsolutePath(), System.getenv(),
                Path.of(System.getProperty("user.home", ".")), System.in, out, err, Terminal.isInteractive());
        int status = Cli.run(args, env);
        out.flush();
        err.flush();
        System.exit(status);
    }
}
