package dev.lashing.rules.suppression;

import dev.lashing.core.FixAvailability;
import dev.lashing.core.Severity;
import dev.lashing.core.SourceFile;
import dev.lashing.core.TextRange;
import dev.lashing.core.fix.Applicability;
import dev.lashing.core.fix.Edit;
import dev.lashing.core.fix.Fix;
import dev.lashing.core.suppress.SuppressionDirective;
import dev.lashing.core.suppress.Suppressions;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import dev.lashing.rules.SuppressionRule;
import java.util.List;

/** A suppression code that suppressed nothing although its rules ran. */
@Rule(
        id = "LA001",
        name = "unused-suppression",
        summary = "Suppression comment that suppresses nothing",
        severity = Severity.WARNING,
        practices = {},
        fix = FixAvailability.ALWAYS)
public final class UnusedSuppression implements SuppressionRule {

    @Override
    public void check(SuppressionFacts facts, FindingSink findings) {
        for (Suppressions.UnusedCode u : facts.unused()) {
            String rules = u.ruleIds().size() == 1 && u.ruleIds().contains(u.code().text()) ? ""
                    : " (" + String.join(", ", u.ruleIds().stream().sorted().toList()) + ")";
            findings.report(u.code().range(), "suppression of " + u.code().text() + rules
                            + " is unused: nothing here is reported by it; remove it",
                    Fix.of("Remove the unused suppression", Applicability.SAFE,
                            Edit.delete(removal(u.directive(), u.code(), facts.source()))));
        }
    }

    /** The code with its separating comma, or the whole comment line when it is the only code. */
    static TextRange removal(SuppressionDirective directive, SuppressionDirective.Code code, SourceFile source) {
        List<SuppressionDirective.Code> codes = directive.codes();
        int index = codes.indexOf(code);
        if (codes.size() == 1 || index < 0) {
            int line = source.position(directive.range().start()).line();
            int start = source.lineStart(line);
            int end = line < source.lineCount() ? source.lineStart(line + 1) : source.text().length();
            return new TextRange(start, end);
        }
        if (index < codes.size() - 1) {
            return new TextRange(code.range().start(), codes.get(index + 1).range().start());
        }
        return new TextRange(codes.get(index - 1).range().end(), code.range().end());
    }
}
