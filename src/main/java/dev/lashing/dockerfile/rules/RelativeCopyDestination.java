package dev.lashing.dockerfile.rules;

import dev.lashing.core.FixAvailability;
import dev.lashing.core.Severity;
import dev.lashing.core.fix.Applicability;
import dev.lashing.core.fix.Edit;
import dev.lashing.core.fix.Fix;
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
        severity = Severity.INFO,
        practices = {"P26"},
        aliases = {"DL3045"},
        references = {"https://docs.docker.com/reference/dockerfile/#destination"},
        fix = FixAvailability.SOMETIMES)
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
                    String absolute = absolute(x.value());
                    String message = t.name() + " destination " + x.value() + " is relative; with no WORKDIR in "
                            + "this scratch image it means " + absolute + "; write " + absolute + " to say so";
                    if (!t.json() && x.referencedNames().isEmpty() && dest.text().equals(x.value())) {
                        findings.report(dest.range(), message, Fix.of("Write the absolute destination " + absolute,
                                Applicability.SAFE, Edit.replace(dest.range(), absolute)));
                    } else {
                        findings.report(dest.range(), message);
                    }
                } else {
                    String image = base instanceof StageBase.Image i ? "the base image " + i.reference().familiarName()
                            : "the base image";
                    findings.report(dest.range(), "cannot tell where " + t.name() + " puts " + x.value()
                            + ": no WORKDIR in this file applies, so it is relative to the working directory of "
                            + image + " (/ unless it sets one); use an absolute path or set WORKDIR");
                }
            }
        }
    }

    /** {@code path} relative to {@code /}: {@code .} → {@code /}, {@code ./bin/} → {@code /bin/}. */
    static String absolute(String path) {
        String p = path;
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        return p.isEmpty() || p.equals(".") ? "/" : "/" + p;
    }
}
