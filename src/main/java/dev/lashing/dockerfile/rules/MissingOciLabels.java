package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.model.Stage;
import dev.lashing.dockerfile.syntax.Instruction;
import dev.lashing.dockerfile.syntax.KeyValue;
import dev.lashing.dockerfile.syntax.Label;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The shipped image lacks the OCI labels that say what it is and where it came from (opt-in). */
@Rule(
        id = "DF065",
        name = "missing-oci-labels",
        summary = "Shipped image lacks OCI labels (source, version, revision)",
        severity = Severity.INFO,
        practices = {"P28"},
        references = {"https://github.com/opencontainers/image-spec/blob/main/annotations.md"},
        enabledByDefault = false)
public final class MissingOciLabels implements DockerfileRule {
    /** The labels required by default; setting {@code required-labels} replaces the list. */
    private static final List<String> DEFAULT = List.of("org.opencontainers.image.source",
            "org.opencontainers.image.version", "org.opencontainers.image.revision");

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        Stage last = context.model().finalStage().orElse(null);
        if (last == null) {
            return;
        }
        Set<String> present = new HashSet<>();
        for (Stage stage : context.model().shippedStages()) {
            for (Instruction i : stage.instructions()) {
                if (i instanceof Label label) {
                    for (KeyValue kv : label.pairs()) {
                        present.add(context.expand(label, kv.key().text()).value());
                    }
                }
            }
        }
        List<String> required = context.settings().stringList("required-labels");
        List<String> missing = new ArrayList<>();
        for (String name : required.isEmpty() ? DEFAULT : required) {
            if (!present.contains(name)) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            findings.report(last.from().syntax().headRange(), "the image has no " + String.join(", ", missing)
                    + " label" + (missing.size() > 1 ? "s" : "") + ": without them nobody can tell which source and "
                    + "version it was built from; add LABEL lines (CI can fill them with --build-arg)");
        }
    }
}
