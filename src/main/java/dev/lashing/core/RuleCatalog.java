package dev.lashing.core;

import java.util.List;
import java.util.Optional;

/** The rules a run knows, with their documentation; what reporters may know about rules. */
public interface RuleCatalog {

    /** Every rule, sorted by id. */
    List<RuleMeta> rules();

    /** The rule's Markdown documentation (What it does / Why is this bad? / Example / ...), if any. */
    Optional<String> documentation(String ruleId);

    /** Where the rule's documentation can be read online. */
    String helpUri(RuleMeta rule);

    /** The rule with id {@code id}. */
    default Optional<RuleMeta> rule(String id) {
        return rules().stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
