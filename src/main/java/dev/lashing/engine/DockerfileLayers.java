package dev.lashing.engine;

import dev.lashing.core.InstructionRef;
import dev.lashing.core.Position;
import dev.lashing.core.SourceFile;
import dev.lashing.dockerfile.model.DockerfileModel;
import dev.lashing.dockerfile.model.Stage;
import dev.lashing.dockerfile.syntax.Instruction;
import dev.lashing.dockerfile.syntax.MalformedInstruction;
import dev.lashing.engine.StepComparator.Step;
import dev.lashing.engine.StepComparator.Strength;
import dev.lashing.image.analyzers.BaseLayers;
import dev.lashing.image.oci.HistoryEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Traces an image's history steps back to the instructions of the Dockerfile that built it. The
 * image's own steps (those after the base split; the whole history when the split is unknown) are
 * aligned with the instructions of the Dockerfile's final stage, preceded by those of the stages it
 * is built {@code FROM} within the file, by a weighted longest common subsequence, so a step missing
 * on either side shifts nothing:
 * <ol>
 *   <li>anchors are the pairs {@link StepComparator} is sure of (equal text, equal up to unknown
 *       variables, COPY/ADD to the same destination, the same ARG names), preferring later steps;</li>
 *   <li>the alignment counts only when at least half of the Dockerfile's RUN/COPY/ADD instructions
 *       (or, without any, half of all its instructions) are anchored: otherwise the Dockerfile did not
 *       build this image and nothing is linked;</li>
 *   <li>between two anchors, steps known only by their kind (an unreadable HEALTHCHECK, a COPY whose
 *       destination the history lost) are paired in order with that kind's instructions, but only
 *       when both sides have the same number of them there.</li>
 * </ol>
 * Anything else stays unlinked: no link is better than a wrong one. No IO.
 */
public final class DockerfileLayers {
    /** Largest alignment table computed; longer histories are cut from the start (the tail is what counts). */
    static final int MAX_CELLS = 4_000_000;

    private DockerfileLayers() {}

    /** The history steps linked to instructions; empty when the Dockerfile did not build the image. */
    public static final class Links {
        private static final Links NONE = new Links(Map.of(), null, '\\');

        private final Map<Integer, Instruction> byStep;
        private final SourceFile source;
        private final char escape;

        private Links(Map<Integer, Instruction> byStep, SourceFile source, char escape) {
            this.byStep = Collections.unmodifiableMap(new TreeMap<>(byStep));
            this.source = source;
            this.escape = escape;
        }

        /** No links. */
        public static Links none() {
            return NONE;
        }

        /** True when no step is linked. */
        public boolean isEmpty() {
            return byStep.isEmpty();
        }

        /** History index → instruction, by history index. */
        public Map<Integer, Instruction> steps() {
            return byStep;
        }

        /** The instruction history step {@code historyIndex} came from, for reports. */
        public Optional<InstructionRef> reference(int historyIndex) {
            Instruction i = byStep.get(historyIndex);
            if (i == null) {
                return Optional.empty();
            }
            Position at = source.position(i.syntax().keyword().range().start());
            String line = source.lineText(at.line()).substring(at.column() - 1).stripTrailing();
            if (i.syntax().range().end() > source.lineContentEnd(at.line()) && line.endsWith(String.valueOf(escape))) {
                line = line.substring(0, line.length() - 1).stripTrailing();
            }
            return Optional.of(new InstructionRef(source.path(), at.line(), at.column(), line));
        }
    }

    /** Links the steps of {@code history} to the instructions of {@code dockerfile}'s final stage. */
    public static Links match(List<HistoryEntry> history, BaseLayers.Split split, DockerfileModel dockerfile) {
        List<ExpectedStep> wanted = expectations(dockerfile);
        int start = Math.min(split.firstOwnStep().orElse(0), history.size());
        if (wanted.isEmpty()) {
            return Links.none();
        }
        start = Math.max(start, history.size() - MAX_CELLS / wanted.size());
        List<Step> steps = new ArrayList<>();
        for (int i = start; i < history.size(); i++) {
            steps.add(Step.of(i, history.get(i).createdBy()));
        }
        Strength[][] s = new Strength[steps.size()][wanted.size()];
        for (int i = 0; i < steps.size(); i++) {
            for (int j = 0; j < wanted.size(); j++) {
                s[i][j] = StepComparator.compare(steps.get(i), wanted.get(j));
            }
        }
        int[] anchorOf = anchors(s, steps.size(), wanted.size());
        if (!convincing(anchorOf, wanted)) {
            return Links.none();
        }
        int[] pairs = pairKinds(s, anchorOf, steps, wanted);
        Map<Integer, Instruction> out = new HashMap<>();
        for (int i = 0; i < pairs.length; i++) {
            if (pairs[i] >= 0) {
                out.put(steps.get(i).index(), wanted.get(pairs[i]).instruction());
            }
        }
        return new Links(out, dockerfile.file().source(), dockerfile.file().escape());
    }

    /** The instructions whose steps the image holds: the final stage's and its parent stages', parents first. */
    private static List<ExpectedStep> expectations(DockerfileModel model) {
        List<Stage> chain = new ArrayList<>(model.shippedStages());
        Collections.reverse(chain);
        List<ExpectedStep> out = new ArrayList<>();
        for (Stage stage : chain) {
            for (Instruction i : stage.instructions()) {
                if (!(i instanceof MalformedInstruction)) {
                    out.add(ExpectedStep.of(i, stage.scopeAt(i), stage.shellAt(i).argv(), model.file().escape()));
                }
            }
        }
        return out;
    }

    private static int weight(Strength s) {
        return s == Strength.EXACT ? 3 : s == Strength.PARTIAL ? 2 : 0;
    }

    /** For each step, the instruction it is anchored to by the best-scoring alignment, or -1. */
    private static int[] anchors(Strength[][] s, int n, int m) {
        int[][] best = new int[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int b = Math.max(best[i - 1][j], best[i][j - 1]);
                int w = weight(s[i - 1][j - 1]);
                best[i][j] = w > 0 ? Math.max(b, best[i - 1][j - 1] + w) : b;
            }
        }
        int[] out = new int[n];
        java.util.Arrays.fill(out, -1);
        int i = n;
        int j = m;
        while (i > 0 && j > 0) {
            int w = weight(s[i - 1][j - 1]);
            if (w > 0 && best[i][j] == best[i - 1][j - 1] + w) {
                out[i - 1] = j - 1;
                i--;
                j--;
            } else if (best[i][j] == best[i - 1][j]) {
                i--;
            } else {
                j--;
            }
        }
        return out;
    }

    /** True when enough of the Dockerfile is anchored for the alignment to be believed. */
    private static boolean convincing(int[] anchorOf, List<ExpectedStep> wanted) {
        int layers = 0;
        for (ExpectedStep e : wanted) {
            if (isLayerKind(e.kind())) {
                layers++;
            }
        }
        int anchoredLayers = 0;
        int anchored = 0;
        for (int j : anchorOf) {
            if (j >= 0) {
                anchored++;
                if (isLayerKind(wanted.get(j).kind())) {
                    anchoredLayers++;
                }
            }
        }
        if (layers > 0) {
            return anchoredLayers > 0 && 2 * anchoredLayers >= layers;
        }
        return anchored > 0 && 2 * anchored >= wanted.size();
    }

    private static boolean isLayerKind(String kind) {
        return kind.equals("RUN") || kind.equals("COPY") || kind.equals("ADD");
    }

    /** The anchors plus, between consecutive anchors, the kind-only pairs whose counts agree on both sides. */
    private static int[] pairKinds(Strength[][] s, int[] anchorOf, List<Step> steps, List<ExpectedStep> wanted) {
        int[] out = anchorOf.clone();
        int prevStep = -1;
        int prevInstruction = -1;
        for (int i = 0; i <= steps.size(); i++) {
            if (i < steps.size() && anchorOf[i] < 0) {
                continue;
            }
            int nextInstruction = i < steps.size() ? anchorOf[i] : wanted.size();
            pairSegment(s, out, steps, wanted, prevStep + 1, i, prevInstruction + 1, nextInstruction);
            prevStep = i;
            prevInstruction = nextInstruction;
        }
        return out;
    }

    /** Pairs steps {@code [i0, i1)} with instructions {@code [j0, j1)} kind by kind when the counts agree. */
    private static void pairSegment(Strength[][] s, int[] out, List<Step> steps, List<ExpectedStep> wanted,
            int i0, int i1, int j0, int j1) {
        Map<String, List<Integer>> stepsByKind = new HashMap<>();
        Map<String, List<Integer>> instructionsByKind = new HashMap<>();
        for (int i = i0; i < i1; i++) {
            stepsByKind.computeIfAbsent(steps.get(i).kind(), k -> new ArrayList<>()).add(i);
        }
        for (int j = j0; j < j1; j++) {
            instructionsByKind.computeIfAbsent(wanted.get(j).kind(), k -> new ArrayList<>()).add(j);
        }
        for (Map.Entry<String, List<Integer>> e : instructionsByKind.entrySet()) {
            List<Integer> is = stepsByKind.getOrDefault(e.getKey(), List.of());
            List<Integer> js = e.getValue();
            if (is.size() != js.size()) {
                continue;
            }
            boolean all = true;
            for (int t = 0; t < is.size(); t++) {
                all &= s[is.get(t)][js.get(t)] != Strength.NONE;
            }
            for (int t = 0; all && t < is.size(); t++) {
                out[is.get(t)] = js.get(t);
            }
        }
    }
}
