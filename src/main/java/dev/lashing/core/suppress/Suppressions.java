package dev.lashing.core.suppress;

import dev.lashing.core.Finding;
import dev.lashing.core.TextRange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Applies suppression directives to findings and remembers which codes were used, so that unused
 * and unknown codes can be reported. Each directive covers a range (the next instruction, or the
 * whole file for the global form); a finding is suppressed when it starts inside a covering
 * directive's range and its rule is one the directive's codes resolve to.
 */
public final class Suppressions {

    /** A directive together with the range it covers. */
    public record Scoped(SuppressionDirective directive, TextRange covers) {}

    /** A code that named no known rule, with the directive it is in. */
    public record UnknownCode(SuppressionDirective directive, SuppressionDirective.Code code) {}

    /** A code that suppressed nothing although its rules ran. */
    public record UnusedCode(SuppressionDirective directive, SuppressionDirective.Code code, Set<String> ruleIds) {}

    /** The outcome of applying suppressions to one file's findings. */
    public record Outcome(List<Finding> kept, int suppressed, List<UnusedCode> unused, List<UnknownCode> unknown) {}

    private Suppressions() {}

    /**
     * The outcome of matching directives against items of any kind (findings, or findings not yet
     * built).
     *
     * @param kept the items no directive covers
     * @param suppressed the items some directive covers
     * @param unused codes that covered nothing although their rules ran
     * @param unknown codes in lashing directives that name no rule
     */
    public record Matched<T>(List<T> kept, List<T> suppressed, List<UnusedCode> unused, List<UnknownCode> unknown) {}

    /**
     * Filters {@code findings}. {@code resolve} maps a code to the rule ids it names (empty when
     * unknown); {@code ran} tells whether a rule id ran on this file (codes of rules that did not run
     * are never called unused).
     */
    public static Outcome apply(
            List<Scoped> directives, List<Finding> findings, Function<String, Set<String>> resolve,
            Function<String, Boolean> ran) {
        Matched<Finding> m = match(directives, findings, f -> f.rule().id(), (s, f) -> {
            int start = f.location().range().start();
            return s.covers().contains(start) || s.covers().isEmpty() && s.covers().start() == start;
        }, resolve, ran);
        return new Outcome(m.kept(), m.suppressed().size(), m.unused(), m.unknown());
    }

    /**
     * Matches {@code items} against {@code directives}: an item is suppressed when a directive
     * {@code covers} it and one of the directive's codes resolves to the item's rule id. Codes are
     * judged as in {@link #apply}; codes of origins that are not {@link SuppressionDirective.Origin#judgedWhenUnused
     * judged} are never called unused, and only lashing codes are called unknown.
     */
    public static <T> Matched<T> match(
            List<Scoped> directives, List<T> items, Function<T, String> ruleOf, BiPredicate<Scoped, T> covers,
            Function<String, Set<String>> resolve, Function<String, Boolean> ran) {
        List<Set<String>> resolved = new ArrayList<>();
        List<boolean[]> used = new ArrayList<>();
        List<UnknownCode> unknown = new ArrayList<>();
        for (Scoped s : directives) {
            Set<String> ids = new HashSet<>();
            for (SuppressionDirective.Code c : s.directive().codes()) {
                Set<String> r = resolve.apply(c.text());
                if (r.isEmpty() && s.directive().origin() == SuppressionDirective.Origin.LASHING) {
                    unknown.add(new UnknownCode(s.directive(), c));
                }
                ids.addAll(r);
            }
            resolved.add(ids);
            used.add(new boolean[s.directive().codes().size()]);
        }
        List<T> kept = new ArrayList<>();
        List<T> suppressed = new ArrayList<>();
        for (T item : items) {
            boolean hit = false;
            String rule = ruleOf.apply(item);
            for (int d = 0; d < directives.size(); d++) {
                Scoped s = directives.get(d);
                if (!resolved.get(d).contains(rule) || !covers.test(s, item)) {
                    continue;
                }
                hit = true;
                List<SuppressionDirective.Code> codes = s.directive().codes();
                for (int c = 0; c < codes.size(); c++) {
                    if (resolve.apply(codes.get(c).text()).contains(rule)) {
                        used.get(d)[c] = true;
                    }
                }
            }
            (hit ? suppressed : kept).add(item);
        }
        List<UnusedCode> unused = new ArrayList<>();
        for (int d = 0; d < directives.size(); d++) {
            SuppressionDirective directive = directives.get(d).directive();
            if (!directive.origin().judgedWhenUnused()) {
                continue;
            }
            List<SuppressionDirective.Code> codes = directive.codes();
            for (int c = 0; c < codes.size(); c++) {
                Set<String> ids = resolve.apply(codes.get(c).text());
                if (!used.get(d)[c] && !ids.isEmpty() && ids.stream().allMatch(ran::apply)) {
                    unused.add(new UnusedCode(directive, codes.get(c), ids));
                }
            }
        }
        return new Matched<>(kept, suppressed, unused, unknown);
    }
}
