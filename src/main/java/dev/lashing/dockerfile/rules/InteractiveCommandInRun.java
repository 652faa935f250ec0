package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Connector;
import dev.lashing.dockerfile.shell.Word;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.Map;

/** A RUN invokes a command that makes no sense during a build (an editor, process tools, services). */
@Rule(
        id = "SH052",
        name = "interactive-command-in-run",
        summary = "RUN invokes a command that is meaningless in a build (ssh, vim, service, ps, kill ...)",
        severity = Severity.INFO,
        practices = {"P26"},
        aliases = {"DL3001"})
public final class InteractiveCommandInRun implements DockerfileRule {
    private static final Map<String, String> WHY = Map.of(
            "ssh", "needs keys and a network peer the build should not depend on",
            "vim", "is an interactive editor; edit files with sed, COPY or a heredoc",
            "shutdown", "has no system to shut down inside a build container",
            "service", "starts a process that dies with the build step; start services in the ENTRYPOINT/CMD",
            "ps", "lists the processes of a build step, which are gone when the image runs",
            "free", "reports the build machine's memory, not the runtime's",
            "top", "is an interactive monitor",
            "kill", "signals processes of a build step, which are gone when the image runs",
            "mount", "mounts nothing that survives the build step; use RUN --mount");

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (DockerfileContext.RunScript run : context.runScripts()) {
            boolean sshMount = run.run().mounts().stream().anyMatch(m -> m.type().equals("ssh"));
            boolean background = run.script().commands().stream()
                    .anyMatch(c -> c.before().filter(b -> b == Connector.BACKGROUND).isPresent());
            for (Command c : run.script().commandsNamed(WHY.keySet().toArray(String[]::new))) {
                String name = c.simpleName().orElseThrow();
                if (name.equals("ssh") && sshMount || name.equals("vim") && scripted(c)
                        || (name.equals("kill") || name.equals("ps")) && ownProcess(c, background)) {
                    continue;
                }
                findings.report(c.name().range(), name + " in a RUN " + WHY.get(name)
                        + "; remove it from the build");
            }
        }
    }

    /** {@code server & ...; kill $pid}: the RUN stops a process it started itself. */
    private static boolean ownProcess(Command c, boolean background) {
        return background || c.args().stream().anyMatch(w -> !w.isStatic());
    }

    /** {@code vim -es}, {@code vim +PlugInstall +qall}: a batch run, not an editing session. */
    private static boolean scripted(Command c) {
        return c.hasFlag("-e", "-E", "-s", "-es", "-Es", "--not-a-term")
                || c.args().stream().map(Word::text).anyMatch(a -> a.startsWith("+") || a.equals("-c"));
    }
}
