package dev.lashing.rules;

import dev.lashing.core.SourceFile;
import dev.lashing.core.suppress.Suppressions;
import java.util.List;

/**
 * A rule about suppression comments themselves (unused or unknown codes). It sees what applying the
 * suppressions to a file found, after the other rules ran.
 */
public interface SuppressionRule {

    /** Reports on the file's suppression directives. */
    void check(SuppressionFacts facts, FindingSink findings);

    /**
     * What the engine learnt while applying suppressions to one file.
     *
     * @param unused codes that suppressed nothing although their rules ran
     * @param unknown codes in lashing directives that name no rule
     * @param malformed comments that look like lashing directives but cannot be read
     * @param source the file, for fixes that remove whole comment lines
     */
    record SuppressionFacts(
            List<Suppressions.UnusedCode> unused, List<Suppressions.UnknownCode> unknown,
            List<MalformedDirective> malformed, SourceFile source) {}

    /** A comment that starts like a directive but is malformed. */
    record MalformedDirective(String message, dev.lashing.core.TextRange range) {}
}
