package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.model.Stage;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Word;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Enforces the team's choice on upgrading base-image packages (setting {@code base-updates}):
 * {@code upgrade} wants shipped stages that install packages to upgrade too; {@code trust-base}
 * forbids upgrades. Without the setting the rule does nothing: the guides disagree.
 */
@Rule(
        id = "SH078",
        name = "package-upgrade-policy",
        summary = "Package upgrades in RUN against the configured base-updates policy",
        severity = Severity.WARNING,
        practices = {"P16"},
        aliases = {"DS-0024", "DKL-DI-0003"},
        references = {"https://docs.docker.com/build/building/best-practices/#apt-get"})
public final class PackageUpgradePolicy implements DockerfileRule {
    /** Package manager, then the verbs that upgrade installed packages. */
    private static final Map<String, Set<String>> UPGRADES = Map.of(
            "apt-get", Set.of("upgrade", "dist-upgrade", "full-upgrade"), "apt", Set.of("upgrade", "full-upgrade"),
            "apk", Set.of("upgrade"), "yum", Set.of("update", "upgrade"), "dnf", Set.of("update", "upgrade"),
            "microdnf", Set.of("update", "upgrade"), "zypper", Set.of("update", "up", "dist-upgrade", "dup"));

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        String policy = context.settings().string("base-updates", "");
        if (policy.equals("trust-base")) {
            for (DockerfileContext.RunScript run : context.runScripts()) {
                for (Command c : run.script().commands()) {
                    upgradeVerb(c).ifPresent(verb -> findings.report(c.range(), c.simpleName().orElse("") + " "
                            + verb.text() + " upgrades the base image's packages, but this project trusts the base "
                            + "image provider (base-updates: trust-base): rebuild on a newer base instead"));
                }
            }
        } else if (policy.equals("upgrade")) {
            Set<Stage> upgrading = new HashSet<>();
            for (DockerfileContext.RunScript run : context.runScripts()) {
                if (run.stage().isPresent() && run.script().commands().stream().anyMatch(c -> upgradeVerb(c).isPresent())) {
                    upgrading.add(run.stage().get());
                }
            }
            for (DockerfileContext.RunScript run : context.runScripts()) {
                Stage stage = run.stage().orElse(null);
                if (stage == null || !context.model().isShipped(stage) || upgrading.contains(stage)) {
                    continue;
                }
                for (Command c : run.script().commands()) {
                    if (!InstalledPackages.of(c).isEmpty()) {
                        findings.report(c.range(), "this stage installs packages but never upgrades the base image's "
                                + "own (base-updates: upgrade): add " + c.simpleName().orElse("") + " upgrade before "
                                + "installing, in the same RUN");
                    }
                }
            }
        }
    }

    private static Optional<Word> upgradeVerb(Command c) {
        Set<String> verbs = UPGRADES.get(c.simpleName().orElse(""));
        if (verbs == null) {
            return Optional.empty();
        }
        List<Word> pos = c.positionalArgs(Set.of("-o", "-c", "-t", "--setopt", "--repo"));
        if (pos.isEmpty() || !verbs.contains(pos.get(0).text())) {
            return Optional.empty();
        }
        // yum/dnf/zypper "update <pkg>" updates named packages only; without names it upgrades everything
        boolean everything = pos.size() == 1 || c.isNamed("apt-get", "apt", "apk");
        return everything ? Optional.of(pos.get(0)) : Optional.empty();
    }
}
