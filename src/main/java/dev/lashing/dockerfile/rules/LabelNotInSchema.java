package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.Map;

/** With {@code strict-labels}, a label of the shipped image that the label schema does not list. */
@Rule(
        id = "DF043",
        name = "label-not-in-schema",
        summary = "A label not listed in the label-schema setting (with strict-labels)",
        severity = Severity.INFO,
        practices = {"P28"},
        aliases = {"DL3050"})
public final class LabelNotInSchema implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        if (!context.settings().bool(LabelSchema.STRICT, false)) {
            return;
        }
        Map<String, String> schema = LabelSchema.schema(context);
        for (LabelSchema.Entry e : LabelSchema.shippedLabels(context)) {
            if (e.key().isPresent() && !schema.containsKey(e.key().get())) {
                findings.report(e.pair().key().range(), "label " + e.key().get() + " is not in the label schema, "
                        + "and strict-labels allows only those; remove it, fix its spelling or add it to "
                        + LabelSchema.SCHEMA);
            }
        }
    }
}
