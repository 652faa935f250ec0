package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.model.Stage;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.ShellScript;
import dev.lashing.dockerfile.shell.Word;
import dev.lashing.dockerfile.syntax.Cmd;
import dev.lashing.dockerfile.syntax.Entrypoint;
import dev.lashing.dockerfile.syntax.Instruction;
import dev.lashing.dockerfile.syntax.LogicalText;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** CMD or ENTRYPOINT of the shipped image installs packages when the container starts. */
@Rule(
        id = "DF064",
        name = "install-at-runtime",
        summary = "Packages installed when the container starts (in CMD or ENTRYPOINT)",
        severity = Severity.WARNING,
        practices = {"P25"},
        references = {"https://docs.docker.com/build/building/best-practices/"})
public final class InstallAtRuntime implements DockerfileRule {
    /** Reports installs inside the context script the image starts with, at the starting instruction. */
    private static void inScript(DockerfileContext context, EntrypointScript.Found found, FindingSink findings) {
        String text = found.text();
        ShellScript script = ShellScript.parse(LogicalText.verbatim(text, 0, text.length()));
        for (Command c : script.commands()) {
            String verb = installVerb(c);
            if (verb != null) {
                int line = 1 + (int) text.substring(0, Math.min(c.range().start(), text.length())).chars()
                        .filter(ch -> ch == '\n').count();
                findings.report(found.start().syntax().range(), found.name() + " (copied in on line "
                        + Stages.line(context, found.copiedBy()) + ") runs "
                        + c.simpleName().orElse("") + " " + verb + " at container start (script line " + line + "); "
                        + "install at build time instead");
                return;
            }
        }
    }

    /** The install verb {@code c} runs, or null. */
    private static String installVerb(Command c) {
        String name = c.simpleName().orElse("");
        List<Word> pos = c.positionalArgs(Set.of("-o", "-c", "-t", "-r"));
        return !pos.isEmpty() && INSTALLS.getOrDefault(name, Set.of()).contains(pos.get(0).text())
                ? pos.get(0).text() : null;
    }

    /** Package manager, then the verbs that install. */
    private static final Map<String, Set<String>> INSTALLS = Map.ofEntries(
            Map.entry("apt-get", Set.of("install", "upgrade", "dist-upgrade")), Map.entry("apt", Set.of("install")),
            Map.entry("apk", Set.of("add", "upgrade")), Map.entry("yum", Set.of("install", "update")),
            Map.entry("dnf", Set.of("install", "update")), Map.entry("microdnf", Set.of("install")),
            Map.entry("zypper", Set.of("install", "in")), Map.entry("pip", Set.of("install")),
            Map.entry("pip3", Set.of("install")), Map.entry("npm", Set.of("install", "i", "ci")),
            Map.entry("yarn", Set.of("install", "add")), Map.entry("gem", Set.of("install")),
            Map.entry("composer", Set.of("install", "require")), Map.entry("go", Set.of("get", "install")),
            Map.entry("bundle", Set.of("install")));

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        EntrypointScript.of(context).ifPresent(found -> inScript(context, found, findings));
        for (Stage stage : context.model().shippedStages()) {
            for (Instruction i : stage.instructions()) {
                Optional<ShellScript> script = i instanceof Cmd c ? context.script(i, c.command())
                        : i instanceof Entrypoint e ? context.script(i, e.command()) : Optional.empty();
                for (Command c : script.map(ShellScript::commands).orElse(List.of())) {
                    String name = c.simpleName().orElse("");
                    String verb = installVerb(c);
                    if (verb != null) {
                        findings.report(c.range(), name + " " + verb + " at container start: every "
                                + "start depends on the network and the package sources, containers of one image "
                                + "differ, and the image cannot be scanned for what it runs; install at build time");
                    }
                }
            }
        }
    }
}
