package dev.lashing.dockerfile.model;

import dev.lashing.dockerfile.syntax.Instruction;
import dev.lashing.dockerfile.syntax.User;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One build stage: its FROM instruction (typed, or malformed), its name, its base, the
 * instructions after the FROM, and what holds at each of them (variables, shell).
 */
public final class Stage {
    private final int index;
    private final Instruction from;
    private final Optional<String> name;
    private final StageBase base;
    private final Scope initialScope;
    private final List<Instruction> instructions = new ArrayList<>();
    private final Map<Instruction, Scope> scopes = new IdentityHashMap<>();
    private final Map<Instruction, ShellSetting> shells = new IdentityHashMap<>();
    private Scope finalScope;
    private ShellSetting finalShell;
    private User lastUser;
    private final char escape;

    Stage(int index, Instruction from, Optional<String> name, StageBase base, Scope initialScope, ShellSetting shell,
            char escape) {
        this.escape = escape;
        this.index = index;
        this.from = from;
        this.name = name;
        this.base = base;
        this.initialScope = initialScope;
        this.finalScope = initialScope;
        this.finalShell = shell;
    }

    void add(Instruction instruction, Scope before, ShellSetting shellBefore) {
        instructions.add(instruction);
        scopes.put(instruction, before);
        shells.put(instruction, shellBefore);
        if (instruction instanceof User u) {
            lastUser = u;
        }
    }

    void finish(Scope scope, ShellSetting shell) {
        this.finalScope = scope;
        this.finalShell = shell;
    }

    /** Position among the stages, from 0. */
    public int index() {
        return index;
    }

    /** The FROM instruction ({@link dev.lashing.dockerfile.syntax.From}, or malformed). */
    public Instruction from() {
        return from;
    }

    /** The stage name ({@code AS name}), lower case. */
    public Optional<String> name() {
        return name;
    }

    /** What the stage is built from. */
    public StageBase base() {
        return base;
    }

    /** The parent stage, when the base is an earlier stage. */
    public Optional<Stage> parent() {
        return base instanceof StageBase.StageRef r ? Optional.of(r.parent()) : Optional.empty();
    }

    /** The instructions after FROM, in order. */
    public List<Instruction> instructions() {
        return Collections.unmodifiableList(instructions);
    }

    /** The variables visible when {@code instruction} (of this stage) runs. */
    public Scope scopeAt(Instruction instruction) {
        Scope s = scopes.get(instruction);
        return s != null ? s : initialScope;
    }

    /** The variables at the end of the stage, which a child stage inherits (ENV only). */
    public Scope finalScope() {
        return finalScope;
    }

    /** The shell in force when {@code instruction} runs. */
    public ShellSetting shellAt(Instruction instruction) {
        ShellSetting s = shells.get(instruction);
        return s != null ? s : finalShell;
    }

    /** The shell at the end of the stage. */
    public ShellSetting finalShell() {
        return finalShell;
    }

    /** The last USER instruction of this stage itself. */
    public Optional<User> lastUser() {
        return Optional.ofNullable(lastUser);
    }

    /** Who the stage's processes run as, following parent stages within the file. */
    public EffectiveUser effectiveUser() {
        if (lastUser != null) {
            return new EffectiveUser.Explicit(lastUser, this,
                    DockerfileModel.expand(lastUser.user().text(), escape, scopeAt(lastUser)));
        }
        if (base instanceof StageBase.StageRef r) {
            return r.parent().effectiveUser();
        }
        if (base instanceof StageBase.Image i) {
            return new EffectiveUser.FromImage(i.reference());
        }
        if (base instanceof StageBase.Scratch) {
            return new EffectiveUser.Root();
        }
        if (base instanceof StageBase.Unresolved u) {
            return new EffectiveUser.Unknown(
                    "the base image " + u.text() + " depends on " + String.join(", ", u.variables()));
        }
        return new EffectiveUser.Unknown("the base image " + ((StageBase.Invalid) base).text() + " is not valid");
    }

    /** A short description for messages: {@code stage "build" (#1)} or {@code stage #0}. */
    public String describe() {
        return name.map(n -> "stage \"" + n + "\"").orElse("stage #" + index);
    }
}
