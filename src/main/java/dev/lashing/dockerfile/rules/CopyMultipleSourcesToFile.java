package dev.lashing.dockerfile.rules;

import dev.lashing.core.FixAvailability;
import dev.lashing.core.Severity;
import dev.lashing.core.fix.Applicability;
import dev.lashing.core.fix.Edit;
import dev.lashing.core.fix.Fix;
import dev.lashing.dockerfile.syntax.FileTransfer;
import dev.lashing.dockerfile.syntax.Token;
import dev.lashing.dockerfile.syntax.VariableExpander;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;

/** COPY or ADD with several sources and a destination that does not end in {@code /}. */
@Rule(
        id = "DF016",
        name = "copy-multiple-sources-to-file",
        summary = "COPY with several sources needs a destination ending in /",
        severity = Severity.ERROR,
        practices = {"P26"},
        aliases = {"DL3021", "DS-0011", "DS011"},
        references = {"https://docs.docker.com/reference/dockerfile/#destination"},
        fix = FixAvailability.SOMETIMES)
public final class CopyMultipleSourcesToFile implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (FileTransfer t : context.all(FileTransfer.class)) {
            Token dest = t.destination();
            if (t.sources().size() < 2 || endsWithSeparator(dest.text())) {
                continue;
            }
            VariableExpander.Expansion x = context.expand(t, dest.text());
            if (x.resolvedValue().isEmpty()) {
                findings.report(dest.range(), "cannot tell whether " + t.name() + " destination " + dest.text()
                        + " ends in /: it depends on " + String.join(", ", x.unresolvedNames())
                        + "; with several sources, write the destination with a trailing /", Severity.INFO);
                continue;
            }
            if (endsWithSeparator(x.value())) {
                continue;
            }
            String message = t.name() + " has " + t.sources().size() + " sources, so its destination " + x.value()
                    + " must be a directory ending in / (the classic builder refuses the build); add the /";
            int at = insertionPoint(context, t, dest);
            if (at < 0) {
                findings.report(dest.range(), message);
            } else {
                findings.report(dest.range(), message,
                        Fix.of("Append / to the destination", Applicability.UNSAFE, Edit.insert(at, "/")));
            }
        }
    }

    private static boolean endsWithSeparator(String path) {
        return path.endsWith("/") || path.endsWith("\\") || path.equals(".") || path.equals("..");
    }

    /** Where the {@code /} goes: after the word, or before the closing quote in JSON form; -1 when unclear. */
    private static int insertionPoint(DockerfileContext context, FileTransfer t, Token dest) {
        String text = context.file().source().text();
        int end = dest.range().end();
        char last = end > 0 ? text.charAt(end - 1) : ' ';
        if (t.json()) {
            return last == '"' ? end - 1 : -1;
        }
        return last == '"' || last == '\'' || last == '\\' ? -1 : end;
    }
}
