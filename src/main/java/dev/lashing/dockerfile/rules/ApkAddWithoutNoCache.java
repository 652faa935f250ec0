package dev.lashing.dockerfile.rules;

import dev.lashing.core.FixAvailability;
import dev.lashing.core.Severity;
import dev.lashing.core.fix.Applicability;
import dev.lashing.core.fix.Edit;
import dev.lashing.core.fix.Fix;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Context;
import dev.lashing.dockerfile.shell.Word;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.List;

/** {@code apk add} in a shipped stage that leaves the package index cache in the layer. */
@Rule(
        id = "SH012",
        name = "apk-add-without-no-cache",
        summary = "apk add without --no-cache leaves the package index in the image",
        severity = Severity.WARNING,
        practices = {"P14"},
        aliases = {"DL3019", "DS-0025", "DS025", "DKL-DI-0004"},
        references = {"https://wiki.alpinelinux.org/wiki/Alpine_Package_Keeper"},
        fix = FixAvailability.SOMETIMES)
public final class ApkAddWithoutNoCache implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (DockerfileContext.RunScript run : context.runScripts()) {
            if (run.stage().isEmpty() || !context.model().isShipped(run.stage().get())
                    || LanguagePackages.cacheMountOn(run.run().mounts(), "/var/cache/apk", "/etc/apk/cache")) {
                continue;
            }
            for (Command c : run.script().commandsNamed("apk")) {
                List<Word> pos = Apk.positional(c);
                if (pos.isEmpty() || !pos.get(0).text().equals("add") || c.hasFlag("--no-cache", "--no-network")
                        || LanguagePackages.removedAfter(run.script().commands(), c, "/var/cache/apk")) {
                    continue;
                }
                Word add = pos.get(0);
                String message = "apk add without --no-cache keeps the package index (and any cached packages) "
                        + "under /var/cache/apk in this layer; use apk add --no-cache, or a cache mount "
                        + "(--mount=type=cache,target=/var/cache/apk)";
                if (run.shell() && c.context() != Context.SHELL_C && add.isStatic() && add.raw().equals("add")) {
                    findings.report(add.range(), message, Fix.of("Add --no-cache", Applicability.UNSAFE,
                            Edit.insert(add.range().end(), " --no-cache")));
                } else {
                    findings.report(add.range(), message);
                }
            }
        }
    }
}
