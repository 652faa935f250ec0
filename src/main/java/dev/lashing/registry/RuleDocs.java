package dev.lashing.registry;

import dev.lashing.core.FixAvailability;
import dev.lashing.core.PracticeCoverage;
import dev.lashing.core.Practices;
import dev.lashing.core.RuleCatalog;
import dev.lashing.core.RuleMeta;
import java.util.List;

/**
 * Renders the documentation pages under {@code docs/rules/}: one page per rule (metadata table
 * from the annotation, then the rule's Markdown) and an index. A test fails when the committed
 * pages differ from what this renders.
 */
public final class RuleDocs {
    private RuleDocs() {}

    /** The page of one rule. */
    public static String page(RuleMeta rule, RuleCatalog catalog) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(rule.id()).append(" ").append(rule.name()).append("\n\n");
        sb.append(rule.summary()).append("\n\n");
        sb.append("| | |\n|---|---|\n");
        sb.append("| Severity | ").append(rule.severity().name().toLowerCase(java.util.Locale.ROOT)).append(" |\n");
        sb.append("| Enabled by default | ").append(rule.enabledByDefault() ? "yes" : "no (opt-in)").append(" |\n");
        sb.append("| Fix | ").append(fix(rule.fix())).append(" |\n");
        sb.append("| Practices | ").append(practices(rule.practices())).append(" |\n");
        sb.append("| Aliases | ").append(rule.aliases().isEmpty() ? "none" : String.join(", ", rule.aliases()))
                .append(" |\n");
        if (!rule.references().isEmpty()) {
            sb.append("| References | ").append(String.join("; ", rule.references())).append(" |\n");
        }
        sb.append('\n');
        catalog.documentation(rule.id()).ifPresent(doc -> sb.append(doc.strip()).append('\n'));
        return sb.toString();
    }

    /** The index page listing every rule. */
    public static String index(RuleCatalog catalog) {
        StringBuilder sb = new StringBuilder("# Rules\n\n");
        sb.append("Generated from the rule registry (`lashing rules` prints the same list). ")
                .append("Opt-in rules run only when selected, e.g. with `--select ALL`.\n\n");
        sb.append("| Id | Name | Severity | Default | Fix | Practices | Summary |\n");
        sb.append("|---|---|---|---|---|---|---|\n");
        for (RuleMeta r : catalog.rules()) {
            sb.append("| [").append(r.id()).append("](").append(r.id()).append(".md) | ").append(r.name())
                    .append(" | ").append(r.severity().name().toLowerCase(java.util.Locale.ROOT))
                    .append(" | ").append(r.enabledByDefault() ? "on" : "off")
                    .append(" | ").append(r.fix() == FixAvailability.NONE ? "" : "yes")
                    .append(" | ").append(String.join(", ", r.practices()))
                    .append(" | ").append(r.summary().replace("|", "\\|")).append(" |\n");
        }
        return sb.toString();
    }

    /** The practices page: every practice with the rules that enforce it, then those not covered yet. */
    public static String practices(RuleCatalog catalog) {
        PracticeCoverage coverage = PracticeCoverage.of(catalog);
        StringBuilder sb = new StringBuilder("# Practices and the rules that enforce them\n\n");
        sb.append("Generated from the rule registry and `PRACTICES.md` (`lashing rules --by-practice` prints the same). ")
                .append("Some practices are advice or belong to later stages (images, run time, hosts) and have no ")
                .append("Dockerfile rule.\n\n| Practice | Title | Rules |\n|---|---|---|\n");
        for (PracticeCoverage.Entry e : coverage.entries()) {
            sb.append("| ").append(e.id()).append(" | ").append(e.title().replace("|", "\\|")).append(" | ")
                    .append(e.rules().isEmpty() ? "—" : String.join(", ", e.rules().stream()
                            .map(r -> "[" + r.id() + "](rules/" + r.id() + ".md) " + r.name()).toList()))
                    .append(" |\n");
        }
        sb.append("\n## Not covered yet\n\n");
        for (PracticeCoverage.Entry e : coverage.uncovered()) {
            sb.append("- ").append(e.id()).append(": ").append(e.title()).append('\n');
        }
        sb.append('\n').append(coverage.entries().size() - coverage.uncovered().size()).append(" of ")
                .append(coverage.entries().size()).append(" practices are covered by at least one rule.\n");
        return sb.toString();
    }

    private static String fix(FixAvailability fix) {
        return switch (fix) {
            case NONE -> "none";
            case SOMETIMES -> "sometimes";
            case ALWAYS -> "always";
        };
    }

    private static String practices(List<String> ids) {
        if (ids.isEmpty()) {
            return "none";
        }
        return String.join("; ", ids.stream().map(id -> id + " " + Practices.title(id).orElse("?")).toList());
    }
}
