package dev.lashing.core.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies a batch of fixes to a text. Fixes are taken in order of position; a fix whose span
 * touches one already taken is skipped for this round (the caller lints again and retries, as
 * ruff does), so no two applied fixes ever conflict.
 */
public final class FixApplier {

    private FixApplier() {}

    /** The outcome of one round: the new text and which fixes were applied or skipped. */
    public record Result(String text, List<Fix> applied, List<Fix> skipped) {
        /** True when at least one fix changed the text. */
        public boolean changed() {
            return !applied.isEmpty();
        }
    }

    /** Applies every non-conflicting fix in {@code fixes} to {@code text}. */
    public static Result apply(String text, List<Fix> fixes) {
        List<Fix> ordered = new ArrayList<>(fixes);
        ordered.sort(Comparator.comparing(Fix::span));
        List<Fix> applied = new ArrayList<>();
        List<Fix> skipped = new ArrayList<>();
        List<Edit> edits = new ArrayList<>();
        int lastEnd = -1;
        for (Fix fix : ordered) {
            if (fix.span().start() < lastEnd || fix.span().start() == lastEnd && fix.span().isEmpty()
                    && !edits.isEmpty() && edits.get(edits.size() - 1).range().isEmpty()) {
                skipped.add(fix);
                continue;
            }
            if (fix.span().end() > text.length()) {
                skipped.add(fix);
                continue;
            }
            applied.add(fix);
            edits.addAll(fix.edits());
            lastEnd = fix.span().end();
        }
        if (applied.isEmpty()) {
            return new Result(text, applied, skipped);
        }
        return new Result(splice(text, edits), List.copyOf(applied), List.copyOf(skipped));
    }

    /**
     * {@code text} with {@code edits} made, taken in the order given (sorted by position); an edit that starts
     * before the end of the one made before it is left out, so overlapping edits can never corrupt the text.
     */
    public static String splice(String text, List<Edit> edits) {
        StringBuilder out = new StringBuilder(text.length() + 256);
        int cursor = 0;
        for (Edit e : edits) {
            if (e.range().start() < cursor) {
                continue;
            }
            out.append(text, cursor, e.range().start()).append(e.replacement());
            cursor = e.range().end();
        }
        return out.append(text, cursor, text.length()).toString();
    }
}
