package dev.lashing.dockerfile.rules;

import dev.lashing.dockerfile.model.DockerfileModel;
import dev.lashing.dockerfile.model.Stage;
import dev.lashing.dockerfile.syntax.Dockerfile;
import dev.lashing.dockerfile.syntax.Instruction;
import dev.lashing.dockerfile.syntax.VariableExpander;
import dev.lashing.dockerfile.syntax.Onbuild;
import dev.lashing.rules.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a Dockerfile rule may look at: the syntax tree, the model, and rule settings. */
public final class DockerfileContext {
    private final DockerfileModel model;
    private final Settings settings;

    /** Creates a context for one file. */
    public DockerfileContext(DockerfileModel model, Settings settings) {
        this.model = model;
        this.settings = settings;
    }

    /** The syntax tree. */
    public Dockerfile file() {
        return model.file();
    }

    /** The semantic model. */
    public DockerfileModel model() {
        return model;
    }

    /** Rule settings. */
    public Settings settings() {
        return settings;
    }

    /** The stage an instruction belongs to. */
    public Optional<Stage> stageOf(Instruction instruction) {
        return model.stageOf(instruction);
    }

    /** Every instruction of type {@code type}, including ONBUILD triggers, in file order. */
    public <T extends Instruction> List<T> all(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Instruction i : model.file().instructions()) {
            if (type.isInstance(i)) {
                out.add(type.cast(i));
            }
            if (i instanceof Onbuild o && type.isInstance(o.trigger())) {
                out.add(type.cast(o.trigger()));
            }
        }
        return out;
    }

    /**
     * Expands variables in {@code raw} (a word of {@code at}) as BuildKit would, with the ARG and ENV
     * scope in force at that instruction; values the file does not define stay unresolved.
     */
    public VariableExpander.Expansion expand(Instruction at, String raw) {
        VariableExpander.Lookup scope = model.stageOf(at).<VariableExpander.Lookup>map(s -> s.scopeAt(at))
                .orElse(model.globalScope());
        return VariableExpander.expand(raw, model.file().escape(), scope);
    }

    /** True when {@code instruction} belongs to a stage that ends up in the shipped image. */
    public boolean isShipped(Instruction instruction) {
        return model.stageOf(instruction).map(model::isShipped).orElse(false);
    }

    /** Every top-level instruction of type {@code type} (ONBUILD triggers excluded), in file order. */
    public <T extends Instruction> List<T> topLevel(Class<T> type) {
        return model.file().instructions().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
