package dev.lashing.rules.suppression;

import dev.lashing.core.Severity;
import dev.lashing.core.suppress.Suppressions;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import dev.lashing.rules.SuppressionRule;

/** A lashing suppression comment that names no known rule, or cannot be read at all. */
@Rule(
        id = "LA002",
        name = "invalid-suppression",
        summary = "Suppression comment with an unknown rule code or malformed syntax",
        severity = Severity.WARNING,
        practices = {})
public final class InvalidSuppression implements SuppressionRule {

    @Override
    public void check(SuppressionFacts facts, FindingSink findings) {
        for (Suppressions.UnknownCode u : facts.unknown()) {
            findings.report(u.code().range(), "unknown rule code " + u.code().text()
                    + " in suppression comment: it is not a lashing rule id, name or alias (see `lashing rules`)");
        }
        for (MalformedDirective m : facts.malformed()) {
            findings.report(m.range(), "malformed suppression comment: " + m.message());
        }
    }
}
