package dev.lashing.cli;

import dev.lashing.core.InputError;
import dev.lashing.core.SourceFile;
import dev.lashing.engine.HardeningWaivers;
import dev.lashing.files.InputKind;
import dev.lashing.registry.BuiltinRules;
import dev.lashing.registry.CodeResolver;
import dev.lashing.runtime.harden.Waivers;
import dev.lashing.runtime.model.SourceKind;
import dev.lashing.runtime.harden.ComposeHardener;
import dev.lashing.runtime.harden.DockerRunHardener;
import dev.lashing.runtime.harden.Hardened;
import dev.lashing.runtime.harden.KubernetesHardener;
import dev.lashing.runtime.harden.QuadletHardener;
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

/**
 * {@code lashing harden}: prints a docker run line, a compose file, a Kubernetes manifest or a Quadlet unit with
 * every applicable hardening applied.
 */
@Command(name = "harden", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Print a docker run line, a compose file, a Kubernetes manifest or a Quadlet .container unit",
            "with every applicable hardening applied: capabilities dropped, no-new-privileges, read-only root",
            "with tmpfs, limits, a non-root user (Kubernetes also: runAsNonRoot, RuntimeDefault seccomp, no",
            "service-account token). Notes on what the spec cannot tell go to stderr as '# note: ...' lines.",
            "Examples: lashing harden -- docker run -p 80:80 nginx:1.27",
            "          lashing harden compose.yaml --service web --diff",
            "          lashing harden k8s/deploy.yaml --service Deployment/api --write"})
final class HardenCommand implements Callable<Integer> {
    private final Environment env;

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "A compose file, a Kubernetes manifest or a Quadlet unit, or a docker run line after -- "
                    + "(its words, or one quoted string).")
    List<String> words = new ArrayList<>();

    @Option(names = "--service", paramLabel = "NAME", description = "Harden only this compose service, or this "
            + "Kubernetes workload (api or Deployment/api) or container.")
    String service;

    @Option(names = "--diff", description = "Print a unified diff instead of the full hardened file.")
    boolean diff;

    @Option(names = "--write", description = "Write the hardened file in place.")
    boolean write;

    @Option(names = {"-q", "--quiet"}, description = "Leave out the notes.")
    boolean quiet;

    @Option(names = "--no-suppressions", description = "Harden also what inline suppressions (# lashing ignore=RT008) "
            + "waive; by default a setting whose rule the input suppresses is left as written.")
    boolean noSuppressions;

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
        Optional<InputKind> kind = InputKind.named(path);
        if (kind.isEmpty() || kind.get() == InputKind.DOCKERFILE) {
            env.stderr().println("lashing: harden reads docker run lines, compose files, Kubernetes manifests and "
                    + "Quadlet units; " + words.get(0) + " is " + kind.map(k -> "a Dockerfile (lint --fix rewrites "
                    + "those)").orElse("none of them"));
            return Cli.USAGE;
        }
        if (kind.get() == InputKind.COMPOSE) {
            return finish(ComposeHardener.harden(path, env.env(), Optional.ofNullable(service),
                    waivers(SourceKind.COMPOSE)), words.get(0), Optional.of(path));
        }
        SourceFile source;
        try {
            if (Files.size(path) > dev.lashing.files.SourceReader.DEFAULT_MAX_BYTES) {
                env.stderr().println("lashing: " + words.get(0) + " is larger than "
                        + dev.lashing.files.SourceReader.DEFAULT_MAX_BYTES + " bytes: not read");
                return Cli.USAGE;
            }
            source = new SourceFile(words.get(0), Files.readString(path));
        } catch (IOException | RuntimeException e) {
            env.stderr().println("lashing: cannot read " + words.get(0) + ": " + e.getMessage());
            return Cli.USAGE;
        }
        Hardened h = kind.get() == InputKind.KUBERNETES
                ? KubernetesHardener.harden(source, Optional.ofNullable(service), waivers(SourceKind.KUBERNETES))
                : QuadletHardener.harden(source, waivers(SourceKind.QUADLET));
        return finish(h, words.get(0), Optional.of(path));
    }

    /** The input's inline suppressions as waivers, unless --no-suppressions. */
    private Waivers waivers(SourceKind kind) {
        if (noSuppressions) {
            return Waivers.NONE;
        }
        CodeResolver resolver = new CodeResolver(BuiltinRules.catalog().rules());
        return new HardeningWaivers(resolver::resolve, kind);
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
