package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.model.Stage;
import dev.lashing.dockerfile.model.StageBase;
import dev.lashing.dockerfile.syntax.Healthcheck;
import dev.lashing.dockerfile.syntax.Instruction;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.List;
import java.util.Optional;

/** The shipped image has no HEALTHCHECK of its own (along the stages it is built from), or disables one. */
@Rule(
        id = "DF008",
        name = "missing-healthcheck",
        summary = "The final image has no HEALTHCHECK",
        severity = Severity.INFO,
        practices = {"P41"},
        aliases = {"DL3057", "DS-0026", "DS026", "CKV_DOCKER_2", "CIS-DI-0006"},
        references = {"CIS Docker Benchmark 4.6"},
        enabledByDefault = false)
public final class MissingHealthcheck implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        Stage last = context.model().finalStage().orElse(null);
        if (last == null) {
            return;
        }
        for (Stage stage : context.model().shippedStages()) {
            Optional<Healthcheck> hc = lastHealthcheck(stage.instructions());
            if (hc.isPresent()) {
                if (hc.get().isNone()) {
                    findings.report(hc.get().syntax().headRange(), "HEALTHCHECK NONE switches off the health check "
                            + "of the final image (and any inherited from its base); give it a real check");
                }
                return;
            }
        }
        Stage root = context.model().shippedStages().get(context.model().shippedStages().size() - 1);
        String base = root.base() instanceof StageBase.Image i
                ? " (unless its base image " + i.reference().familiarName() + " defines one)" : "";
        findings.report(last.from().syntax().headRange(), "the final image has no HEALTHCHECK" + base
                + ", so Docker cannot tell when the application hangs; add HEALTHCHECK CMD <probe>");
    }

    private static Optional<Healthcheck> lastHealthcheck(List<Instruction> instructions) {
        for (int k = instructions.size() - 1; k >= 0; k--) {
            if (instructions.get(k) instanceof Healthcheck h) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }
}
