package dev.lashing.cli;

import dev.lashing.runtime.docker.DockerRunParser;
import dev.lashing.runtime.model.Loaded;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code lashing run -- docker run ...}: checks how a container is started from the command line. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check a docker run, docker create or podman run command line, given after -- (or as one",
            "quoted string): privileges, capabilities, mounts, namespaces, limits, secrets in the environment.",
            "Example: lashing run -- docker run --privileged -v /:/host nginx:1.27"})
final class RunCommand implements Callable<Integer> {
    private final Environment env;

    @Parameters(paramLabel = "COMMAND", arity = "1..*",
            description = "The command line: its words after --, or one string (split as a POSIX shell would).")
    List<String> words = new ArrayList<>();

    @Mixin
    SelectionOptions selection = new SelectionOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    RunCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        return CommandErrors.run(env, () -> {
            RunSetup setup = RunSetup.of(env, selection, new LinkedHashMap<>(), output.quiet);
            Loaded loaded = words.size() == 1
                    ? DockerRunParser.parse("command line", words.get(0), Optional.of(env.cwd()))
                    : DockerRunParser.parseArgs("command line", words, Optional.of(env.cwd()));
            RuntimeInputs inputs = new RuntimeInputs(setup);
            inputs.check(loaded);
            return inputs.finish(env, output, setup);
        });
    }
}
