package dev.lashing.cli;

import dev.lashing.core.InputError;
import dev.lashing.files.InputKind;
import dev.lashing.runtime.harden.ComposeHardener;
import dev.lashing.runtime.harden.DockerRunHardener;
import dev.lashing.runtime.harden.Hardened;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lashing harden}: prints a compose file or a docker run line with every applicable hardening applied. */
@Command(name = "harden", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Print a compose file or a docker run line with every applicable hardening applied:",
            "capabilities dropped, no-new-privileges, read-only root with tmpfs, limits, a non-root user.",
            "Notes on what the spec cannot tell go to stderr as '# note: ...' lines.",
            "Examples: lashing harden -- docker run -p 80:80 nginx:1.27",
            "          lashing harden compose.yaml --service web --diff"})
final class HardenCommand implements Callable<Integer> {
    private final Environment env;

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "A compose file, or a docker run line after -- (its words, or one quoted string).")
    List<String> words = new ArrayList<>();

    @Option(names = "--service", paramLabel = "NAME", description = "Harden only this compose service.")
    String service;

    @Option(names = "--diff", description = "Print a unified diff instead of the full hardened file.")
    boolean diff;

    @Option(names = "--write", description = "Write the hardened file in place.")
    boolean write;

    @Option(names = {"-q", "--quiet"}, description = "Leave out the notes.")
    boolean quiet;

    HardenCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Path path = env.cwd().resolve(words.get(0));
        boolean file = words.size() == 1 && Files.isRegularFile(path);
        if (!file) {
            Hardened h = words.size() == 1 ? DockerRunHardener.harden(words.get(0)) : DockerRunHardener.harden(words);
            return finish(h, "command line", Optional.empty());
        }
        Optional<InputKind> kind = InputKind.of(path);
        if (kind.isEmpty() || kind.get() != InputKind.COMPOSE) {
            env.stderr().println("lashing: harden reads compose files and docker run lines; "
                    + words.get(0) + " is " + kind.map(k -> "a " + k.name().toLowerCase(java.util.Locale.ROOT)
                    + " input, which harden does not handle yet").orElse("not one"));
            return Cli.USAGE;
        }
        return finish(ComposeHardener.harden(path, env.env(), Optional.ofNullable(service)), words.get(0),
                Optional.of(path));
    }

    private int finish(Hardened h, String name, Optional<Path> path) {
        for (InputError e : h.errors()) {
            env.stderr().println(e);
        }
        if (!quiet) {
            h.notes().forEach(n -> env.stderr().println("# note: " + n));
        }
        if (diff) {
            env.stdout().print(UnifiedDiff.of(name, h.original(), h.text()));
        } else if (write && path.isPresent()) {
            if (h.changed()) {
                try {
                    Files.writeString(path.get(), h.text());
                } catch (IOException e) {
                    env.stderr().println("lashing: cannot write " + name + ": " + e.getMessage());
                    return Cli.USAGE;
                }
            }
        } else {
            env.stdout().print(h.text().endsWith("\n") || h.text().isEmpty() ? h.text() : h.text() + "\n");
        }
        return h.errors().isEmpty() ? Cli.OK : Cli.FINDINGS;
    }
}
