package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.model.Stage;
import dev.lashing.dockerfile.model.StageBase;
import dev.lashing.dockerfile.syntax.FileTransfer;
import dev.lashing.dockerfile.syntax.Token;
import dev.lashing.dockerfile.syntax.VariableExpander;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;

/** COPY/ADD to a relative destination while no WORKDIR of this file says what it is relative to. */
@Rule(
        id = "DF022",
        name = "relative-copy-destination",
        summary = "COPY to a relative destination without a WORKDIR",
        severity = Severity.WARNING,
        practices = {"P26"},
        aliases = {"DL3045"},
        references = {"https://docs.docker.com/reference/dockerfile/#destination"})
public final class RelativeCopyDestination implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (Stage stage : context.model().stages()) {
            for (FileTransfer t : Stages.own(stage, FileTransfer.class)) {
                Token dest = t.destination();
                VariableExpander.Expansion x = context.expand(t, dest.text());
                if (x.resolvedValue().isEmpty() || x.value().isEmpty() || RelativeWorkdir.isAbsolute(x.value())
                        || Stages.workdirBefore(stage, t)) {
                    continue;
                }
                StageBase base = Stages.root(stage).base();
                if (base instanceof StageBase.Scratch) {
                    findings.report(dest.range(), t.name() + " destination " + x.value() + " is relative and no "
                            + "WORKDIR is set, so it lands under / of this scratch image; write the absolute path "
                            + "or set WORKDIR first");
                } else {
                    String image = base instanceof StageBase.Image i ? "the base image " + i.reference().familiarName()
                            : "the base image";
                    findings.report(dest.range(), "cannot tell where " + t.name() + " puts " + x.value()
                            + ": no WORKDIR in this file applies, so it is relative to the working directory of "
                            + image + " (/ unless it sets one); use an absolute path or set WORKDIR", Severity.INFO);
                }
            }
        }
    }
}
