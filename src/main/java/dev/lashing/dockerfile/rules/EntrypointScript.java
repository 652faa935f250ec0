package dev.lashing.dockerfile.rules;

import dev.lashing.dockerfile.model.BuildContext;
import dev.lashing.dockerfile.model.Stage;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.ShellScript;
import dev.lashing.dockerfile.shell.Word;
import java.util.ArrayList;
import dev.lashing.dockerfile.syntax.Cmd;
import dev.lashing.dockerfile.syntax.Copy;
import dev.lashing.dockerfile.syntax.Entrypoint;
import dev.lashing.dockerfile.syntax.ExecForm;
import dev.lashing.dockerfile.syntax.FileTransfer;
import dev.lashing.dockerfile.syntax.Instruction;
import dev.lashing.dockerfile.syntax.ShellForm;
import dev.lashing.dockerfile.syntax.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The script from the build context that the shipped image starts: the first program of the
 * effective ENTRYPOINT (else CMD), matched by name to a file a COPY/ADD put at that path.
 */
final class EntrypointScript {
    private static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "ash", "/bin/sh", "/bin/bash", "/bin/ash");

    /** The starting instruction, the script's file name in the context, and its text. */
    record Found(Instruction start, FileTransfer copiedBy, String name, String text) {}

    private EntrypointScript() {}

    static Optional<Found> of(DockerfileContext context) {
        Optional<BuildContext> build = context.buildContext();
        if (build.isEmpty() || build.get().scripts().isEmpty()) {
            return Optional.empty();
        }
        Instruction start = Stages.effective(context, Entrypoint.class).or(() -> Stages.effective(context, Cmd.class))
                .map(Stages.Located::instruction).orElse(null);
        if (start == null) {
            return Optional.empty();
        }
        List<String> words = words(start);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String program = SHELLS.contains(words.get(0)) && words.size() > 1 && !words.get(1).startsWith("-")
                ? words.get(1) : words.get(0);
        String base = program.substring(program.lastIndexOf('/') + 1);
        for (Stage stage : context.model().shippedStages()) {
            for (Instruction i : stage.instructions()) {
                if (!(i instanceof FileTransfer t) || t instanceof Copy c && c.from().isPresent()) {
                    continue;
                }
                for (Token source : t.sources()) {
                    String src = source.text().startsWith("./") ? source.text().substring(2) : source.text();
                    String dest = t.destination().text();
                    boolean samePlace = dest.equals(program) || (dest.endsWith("/") ? dest : dest + "/").equals(
                            program.substring(0, program.lastIndexOf('/') + 1)) || !program.startsWith("/");
                    if (src.equals(base) && samePlace && build.get().scripts().containsKey(src)) {
                        return Optional.of(new Found(start, t, src, build.get().scripts().get(src)));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> words(Instruction start) {
        var line = start instanceof Entrypoint e ? e.command() : ((Cmd) start).command();
        if (line instanceof ExecForm exec) {
            return exec.args().stream().map(Token::text).toList();
        }
        List<Command> commands = ShellScript.parse(((ShellForm) line).text()).commands();
        List<String> out = new ArrayList<>();
        if (!commands.isEmpty()) {
            Command first = commands.get(0).isNamed("exec") && commands.size() > 1 ? commands.get(1) : commands.get(0);
            out.add(first.name().text());
            first.args().stream().map(Word::text).forEach(out::add);
        }
        return out;
    }
}
