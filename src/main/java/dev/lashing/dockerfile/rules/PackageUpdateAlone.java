package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Word;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A RUN refreshes the package index but installs nothing, so a later RUN installs from a stale cached index. */
@Rule(
        id = "SH081",
        name = "package-update-alone",
        summary = "Package index updated in a RUN that installs nothing",
        severity = Severity.WARNING,
        practices = {"P16"},
        aliases = {"DS-0017", "DS017", "CKV_DOCKER_5", "CIS-DI-0007"},
        references = {"CIS Docker Benchmark 4.7", "https://docs.docker.com/build/building/best-practices/#apt-get"})
public final class PackageUpdateAlone implements DockerfileRule {
    /** Package manager, then the verbs that only refresh the index. */
    private static final Map<String, String> UPDATE = Map.of("apt-get", "update", "apt", "update", "apk", "update",
            "zypper", "refresh", "dnf", "makecache", "yum", "makecache");
    /** Verbs that install or upgrade, per package manager. */
    private static final Map<String, Set<String>> INSTALL = Map.of(
            "apt-get", Set.of("install", "upgrade", "dist-upgrade", "full-upgrade", "build-dep", "source"),
            "apt", Set.of("install", "upgrade", "full-upgrade"), "apk", Set.of("add", "upgrade", "fix"),
            "zypper", Set.of("install", "in", "update", "up", "dist-upgrade", "dup", "patch"),
            "dnf", Set.of("install", "upgrade", "update"), "yum", Set.of("install", "upgrade", "update"));

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (DockerfileContext.RunScript run : context.runScripts()) {
            List<Command> commands = run.script().commands();
            for (Command c : commands) {
                String tool = c.simpleName().orElse("");
                if (!UPDATE.containsKey(tool) || !verb(c).equals(UPDATE.get(tool))) {
                    continue;
                }
                boolean installs = commands.stream().anyMatch(o -> o.range().start() > c.range().start()
                        && INSTALL.getOrDefault(o.simpleName().orElse(""), Set.of()).contains(verb(o)));
                if (!installs) {
                    findings.report(c.range(), tool + " " + UPDATE.get(tool) + " in a RUN that installs nothing: "
                            + "the layer is cached, so a later RUN installs from an index that can be months old "
                            + "(and misses security updates); update and install in the same RUN");
                }
            }
        }
    }

    /** The first word that is not an option: the package manager's verb. */
    private static String verb(Command c) {
        List<Word> pos = c.positionalArgs(Apt.VALUE_OPTIONS);
        return pos.isEmpty() ? "" : pos.get(0).text();
    }
}
