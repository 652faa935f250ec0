package dev.lashing.engine;

import dev.lashing.core.Finding;
import dev.lashing.core.Location;
import dev.lashing.core.RuleMeta;
import dev.lashing.core.Severity;
import dev.lashing.core.SourceFile;
import dev.lashing.core.TextRange;
import dev.lashing.core.fix.Fix;
import dev.lashing.rules.FindingSink;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A {@link FindingSink} that turns what a rule reports on one file into findings at the configured severity. */
final class FileSink {
    private FileSink() {}

    /** A sink for {@code meta}'s findings in {@code source}, added to {@code out}; ranges are clamped to the file. */
    static FindingSink of(RuleMeta meta, SourceFile source, List<Finding> out, Function<RuleMeta, Severity> severities) {
        Severity configured = severities.apply(meta);
        boolean overridden = configured != meta.severity();
        return new FindingSink() {
            @Override
            public void report(TextRange range, String message) {
                add(range, message, configured, Optional.empty());
            }

            @Override
            public void report(TextRange range, String message, Fix fix) {
                add(range, message, configured, Optional.of(fix));
            }

            @Override
            public void report(TextRange range, String message, Severity severity) {
                add(range, message, overridden ? configured : severity, Optional.empty());
            }

            private void add(TextRange range, String message, Severity severity, Optional<Fix> fix) {
                TextRange clamped = new TextRange(Math.min(range.start(), source.text().length()),
                        Math.min(range.end(), source.text().length()));
                out.add(new Finding(meta, severity, message, new Location(source, clamped), fix));
            }
        };
    }
}
