package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.model.Stage;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A label the {@code label-schema} setting requires is not set on the shipped image. */
@Rule(
        id = "DF042",
        name = "schema-label-missing",
        summary = "A label required by the label-schema setting is missing from the final image",
        severity = Severity.INFO,
        practices = {"P28"},
        aliases = {"DL3049"},
        references = {"https://github.com/opencontainers/image-spec/blob/main/annotations.md"})
public final class SchemaLabelMissing implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        Map<String, String> schema = LabelSchema.schema(context);
        Stage last = context.model().finalStage().orElse(null);
        if (schema.isEmpty() || last == null) {
            return;
        }
        List<LabelSchema.Entry> labels = LabelSchema.shippedLabels(context);
        if (labels.stream().anyMatch(e -> e.key().isEmpty())) {
            return; // a label key we cannot resolve may be the one that is missing
        }
        Set<String> present = new HashSet<>();
        labels.forEach(e -> present.add(e.key().get()));
        for (String key : schema.keySet()) {
            if (!present.contains(key)) {
                findings.report(last.from().syntax().headRange(), "the final image (" + last.describe()
                        + ") has no label " + key + ", which the label schema requires (type "
                        + schema.get(key) + "); add LABEL " + key + "=...");
            }
        }
    }
}
