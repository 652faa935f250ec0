package dev.lashing.rules;

import dev.lashing.core.RuleMeta;
import java.util.List;

/** Reads {@link Rule} annotations into {@link RuleMeta} values. */
public final class RuleMetas {
    private RuleMetas() {}

    /** The metadata of an annotated rule class. */
    public static RuleMeta of(Class<?> ruleClass) {
        Rule r = ruleClass.getAnnotation(Rule.class);
        if (r == null) {
            throw new IllegalArgumentException(ruleClass.getName() + " has no @Rule annotation");
        }
        return new RuleMeta(r.id(), r.name(), r.summary(), r.severity(), List.of(r.practices()),
                List.of(r.aliases()), List.of(r.references()), r.fix(), r.enabledByDefault());
    }
}
