package dev.lashing.dockerfile.rules;

import dev.lashing.core.SourceFile;
import dev.lashing.core.TextRange;
import dev.lashing.core.fix.Applicability;
import dev.lashing.core.fix.Edit;
import dev.lashing.core.fix.Fix;
import dev.lashing.dockerfile.model.Stage;
import dev.lashing.dockerfile.syntax.Instruction;
import dev.lashing.dockerfile.syntax.Workdir;
import dev.lashing.rules.FindingSink;
import java.util.List;
import java.util.Optional;

/** Stage lookups shared by the structure rules: an instruction's own stage entries, and removing dead ones. */
final class Stages {
    private Stages() {}

    /** The instructions of {@code type} that {@code stage} itself runs, in order (ONBUILD triggers excluded). */
    static <T extends Instruction> List<T> own(Stage stage, Class<T> type) {
        return stage.instructions().stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** An instruction and the stage it belongs to. */
    record Located(Stage stage, Instruction instruction) {}

    /**
     * The instruction of {@code kind} (CMD, ENTRYPOINT, HEALTHCHECK...) the shipped image ends up with:
     * the last one along the final stage and the stages it is built FROM.
     */
    static Optional<Located> effective(DockerfileContext context, Class<? extends Instruction> kind) {
        for (Stage stage : context.model().shippedStages()) {
            List<Instruction> all = stage.instructions();
            for (int k = all.size() - 1; k >= 0; k--) {
                if (kind.isInstance(all.get(k))) {
                    return Optional.of(new Located(stage, all.get(k)));
                }
            }
        }
        return Optional.empty();
    }

    /** The first stage of {@code stage}'s FROM chain within this file (the one built from an image or scratch). */
    static Stage root(Stage stage) {
        Stage s = stage;
        while (s.parent().isPresent()) {
            s = s.parent().get();
        }
        return s;
    }

    /** True when a WORKDIR runs before {@code at} in its stage, or anywhere in a parent stage of this file. */
    static boolean workdirBefore(Stage stage, Instruction at) {
        for (Instruction i : stage.instructions()) {
            if (i == at) {
                break;
            }
            if (i instanceof Workdir) {
                return true;
            }
        }
        for (Optional<Stage> p = stage.parent(); p.isPresent(); p = p.get().parent()) {
            if (!own(p.get(), Workdir.class).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The 1-based line an instruction starts on. */
    static int line(DockerfileContext context, Instruction instruction) {
        return context.file().source().position(instruction.range().start()).line();
    }

    /**
     * Reports every instruction of {@code type} in a stage that a later one of the same stage
     * overrides, with a fix deleting its lines (when it has its lines to itself).
     */
    static <T extends Instruction> void reportOverridden(DockerfileContext context, FindingSink findings,
            Class<T> type, String consequence) {
        for (Stage stage : context.model().stages()) {
            List<T> all = own(stage, type);
            if (all.size() < 2) {
                continue;
            }
            T last = all.get(all.size() - 1);
            for (T dead : all.subList(0, all.size() - 1)) {
                String keyword = dead.name();
                String message = "this " + keyword + " has no effect: the " + keyword + " at line "
                        + line(context, last) + " of the same stage replaces it" + consequence + "; delete it";
                Optional<Edit> delete = deleteLines(context.file().source(), dead);
                if (delete.isPresent()) {
                    findings.report(dead.syntax().headRange(), message,
                            Fix.of("Delete the overridden " + keyword, Applicability.SAFE, delete.get()));
                } else {
                    findings.report(dead.syntax().headRange(), message);
                }
            }
        }
    }

    /**
     * An edit deleting the whole lines of {@code instruction}, line terminator included, or empty
     * when other text shares its first or last line.
     */
    static Optional<Edit> deleteLines(SourceFile source, Instruction instruction) {
        TextRange r = instruction.range();
        int first = source.position(r.start()).line();
        String text = source.text();
        int contentEnd = r.end();
        while (contentEnd > r.start() && (text.charAt(contentEnd - 1) == '\n' || text.charAt(contentEnd - 1) == '\r')) {
            contentEnd--;
        }
        int last = source.position(contentEnd).line();
        if (!text.substring(source.lineStart(first), r.start()).isBlank()
                || !text.substring(contentEnd, source.lineContentEnd(last)).isBlank()) {
            return Optional.empty();
        }
        int end = last < source.lineCount() ? source.lineStart(last + 1) : source.lineContentEnd(last);
        return Optional.of(Edit.delete(new TextRange(source.lineStart(first), end)));
    }
}
