package dev.lashing.dockerfile.model;

import dev.lashing.dockerfile.syntax.Arg;
import dev.lashing.dockerfile.syntax.ArgDeclaration;
import dev.lashing.dockerfile.syntax.Dockerfile;
import dev.lashing.dockerfile.syntax.Env;
import dev.lashing.dockerfile.syntax.From;
import dev.lashing.dockerfile.syntax.Instruction;
import dev.lashing.dockerfile.syntax.KeyValue;
import dev.lashing.dockerfile.syntax.Onbuild;
import dev.lashing.dockerfile.syntax.Shell;
import dev.lashing.dockerfile.syntax.Token;
import dev.lashing.dockerfile.syntax.VariableExpander;
import dev.lashing.dockerfile.syntax.VariableExpander.Binding;
import dev.lashing.image.oci.ImageReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a Dockerfile means, beyond its syntax: the global ARGs, the stages with their bases and the
 * stage graph, which stages are shipped, and for every instruction its stage, the variables in
 * scope and the shell in force. Values come from ARG defaults, ENV and the build arguments given;
 * anything else a value depends on is unknown, never guessed.
 */
public final class DockerfileModel {
    /** ARGs BuildKit defines automatically, usable in FROM and, once declared, in a stage. */
    public static final Set<String> PLATFORM_ARGS = Set.of("TARGETPLATFORM", "TARGETOS", "TARGETARCH",
            "TARGETVARIANT", "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT", "TARGETSTAGE");

    private final Dockerfile file;
    private final Map<String, String> buildArgs;
    private final List<Stage> stages = new ArrayList<>();
    private final Map<Instruction, Stage> stageOf = new IdentityHashMap<>();
    private Scope globalScope;

    private DockerfileModel(Dockerfile file, Map<String, String> buildArgs) {
        this.file = file;
        this.buildArgs = Map.copyOf(buildArgs);
    }

    /** Builds the model of {@code file} with no build arguments given. */
    public static DockerfileModel of(Dockerfile file) {
        return of(file, Map.of());
    }

    /** Builds the model of {@code file} as if built with {@code --build-arg} values {@code buildArgs}. */
    public static DockerfileModel of(Dockerfile file, Map<String, String> buildArgs) {
        DockerfileModel m = new DockerfileModel(file, buildArgs);
        m.build();
        return m;
    }

    static Optional<String> expand(String raw, char escape, VariableExpander.Lookup scope) {
        return VariableExpander.expand(raw, escape, scope).resolvedValue();
    }

    private char escape() {
        return file.escape();
    }

    private void build() {
        Map<String, Binding> globals = new LinkedHashMap<>();
        Stage current = null;
        Map<String, Binding> env = new LinkedHashMap<>();
        Map<String, Binding> args = new LinkedHashMap<>();
        Binding otherwise = VariableExpanderBindings.UNSET;
        ShellSetting shell = ShellSetting.DEFAULT;
        globalScope = globalScope(globals);
        for (Instruction inst : file.instructions()) {
            if (inst.name().equals("FROM")) {
                if (current != null) {
                    current.finish(new Scope(env, args, otherwise), shell);
                }
                globalScope = globalScope(globals);
                current = newStage(inst);
                stageOf.put(inst, current);
                stages.add(current);
                env = new LinkedHashMap<>();
                args = new LinkedHashMap<>();
                if (current.base() instanceof StageBase.StageRef r) {
                    env.putAll(r.parent().finalScope().env());
                    otherwise = r.parent().finalScope().otherwise();
                    shell = r.parent().finalShell();
                } else {
                    otherwise = current.base() instanceof StageBase.Scratch ? VariableExpanderBindings.UNSET
                            : VariableExpanderBindings.UNKNOWN;
                    shell = looksWindows(current) ? ShellSetting.WINDOWS : ShellSetting.DEFAULT;
                }
                continue;
            }
            if (current == null) {
                if (inst instanceof Arg a) {
                    for (ArgDeclaration d : a.declarations()) {
                        globals.put(d.name().text(), argValue(d, globalScope(globals), Optional.empty()));
                    }
                }
                continue;
            }
            Scope before = new Scope(env, args, otherwise);
            current.add(inst, before, shell);
            stageOf.put(inst, current);
            if (inst instanceof Onbuild o) {
                stageOf.put(o.trigger(), current);
            }
            if (inst instanceof Arg a) {
                for (ArgDeclaration d : a.declarations()) {
                    String name = d.name().text();
                    Binding global = globals.get(name);
                    args.put(name, argValue(d, new Scope(env, args, otherwise), Optional.ofNullable(global)));
                }
            } else if (inst instanceof Env e) {
                Map<String, Binding> next = new LinkedHashMap<>(env);
                for (KeyValue kv : e.pairs()) {
                    VariableExpander.Expansion x = VariableExpander.expand(kv.value().text(), escape(), before);
                    next.put(kv.key().text(), x.resolvedValue().<Binding>map(Binding.Value::new)
                            .orElse(VariableExpanderBindings.UNKNOWN));
                }
                env = next;
            } else if (inst instanceof Shell s) {
                shell = new ShellSetting(s.argv().stream().map(Token::text).toList(), Optional.of(s));
            }
        }
        if (current != null) {
            current.finish(new Scope(env, args, otherwise), shell);
        }
    }

    private boolean looksWindows(Stage stage) {
        if (escape() == '`') {
            return true;
        }
        if (stage.base() instanceof StageBase.Image i) {
            String repo = i.reference().repository().toLowerCase(Locale.ROOT);
            return repo.contains("windows") || repo.contains("nanoserver") || repo.contains("servercore");
        }
        return false;
    }

    private Scope globalScope(Map<String, Binding> globals) {
        Map<String, Binding> predefined = new LinkedHashMap<>();
        for (String p : PLATFORM_ARGS) {
            predefined.put(p, buildArgs.containsKey(p) ? new Binding.Value(buildArgs.get(p))
                    : VariableExpanderBindings.UNKNOWN);
        }
        predefined.putAll(globals);
        return new Scope(Map.of(), predefined, VariableExpanderBindings.UNSET);
    }

    private Binding argValue(ArgDeclaration d, Scope scope, Optional<Binding> global) {
        String name = d.name().text();
        if (buildArgs.containsKey(name)) {
            return new Binding.Value(buildArgs.get(name));
        }
        if (d.defaultValue().isPresent()) {
            return VariableExpander.expand(d.defaultValue().get().text(), escape(), scope).resolvedValue()
                    .<Binding>map(Binding.Value::new).orElse(VariableExpanderBindings.UNKNOWN);
        }
        return global.orElse(VariableExpanderBindings.UNKNOWN);
    }

    private Stage newStage(Instruction inst) {
        int index = stages.size();
        if (!(inst instanceof From from)) {
            return new Stage(index, inst, Optional.empty(), new StageBase.Invalid(inst.syntax().arguments().text()),
                    globalScope, ShellSetting.DEFAULT, escape());
        }
        StageBase base = resolveBase(from.image().text());
        return new Stage(index, inst, from.stageKey(), base, globalScope, ShellSetting.DEFAULT, escape());
    }

    private StageBase resolveBase(String raw) {
        VariableExpander.Expansion x = VariableExpander.expand(raw, escape(), globalScope);
        if (!x.resolved() || x.error().isPresent()) {
            Set<String> vars = new LinkedHashSet<>(x.unresolvedNames());
            return new StageBase.Unresolved(raw, vars);
        }
        String value = x.value();
        if (value.equalsIgnoreCase("scratch")) {
            return new StageBase.Scratch();
        }
        String key = value.toLowerCase(Locale.ROOT);
        for (Stage s : stages) {
            if (s.name().isPresent() && s.name().get().equals(key)) {
                return new StageBase.StageRef(s);
            }
        }
        return ImageReference.tryParse(value).<StageBase>map(StageBase.Image::new)
                .orElse(new StageBase.Invalid(value));
    }

    /** The parsed file. */
    public Dockerfile file() {
        return file;
    }

    /** The build arguments the model was built with. */
    public Map<String, String> buildArgs() {
        return buildArgs;
    }

    /** The variables FROM lines see: global ARGs and BuildKit's platform ARGs. */
    public Scope globalScope() {
        return globalScope;
    }

    /** The stages in order. */
    public List<Stage> stages() {
        return Collections.unmodifiableList(stages);
    }

    /** The final stage, which {@code docker build} produces by default. */
    public Optional<Stage> finalStage() {
        return stages.isEmpty() ? Optional.empty() : Optional.of(stages.get(stages.size() - 1));
    }

    /** The stage an instruction belongs to (empty before the first FROM). */
    public Optional<Stage> stageOf(Instruction instruction) {
        return Optional.ofNullable(stageOf.get(instruction));
    }

    /**
     * True when the stage ends up in the shipped image: it is the final stage or one the final stage
     * is built FROM (directly or through other stages).
     */
    public boolean isShipped(Stage stage) {
        Optional<Stage> s = finalStage();
        while (s.isPresent()) {
            if (s.get() == stage) {
                return true;
            }
            s = s.get().parent();
        }
        return false;
    }

    /** The shipped stages: the final stage and its FROM ancestors, final stage first. */
    public List<Stage> shippedStages() {
        List<Stage> out = new ArrayList<>();
        Optional<Stage> s = finalStage();
        while (s.isPresent()) {
            out.add(s.get());
            s = s.get().parent();
        }
        return out;
    }

    /**
     * What {@code COPY --from=x} or {@code --mount=from=x} refers to when used in {@code stage}: a
     * stage by name (any stage) or by index (an earlier one), or empty for an image reference.
     */
    public Optional<Stage> resolveStageReference(String reference, Stage stage) {
        String key = reference.toLowerCase(Locale.ROOT);
        for (Stage s : stages) {
            if (s.name().isPresent() && s.name().get().equals(key)) {
                return Optional.of(s);
            }
        }
        if (!key.isEmpty() && key.chars().allMatch(Character::isDigit) && key.length() < 6) {
            int i = Integer.parseInt(key);
            if (i < stage.index()) {
                return Optional.of(stages.get(i));
            }
        }
        return Optional.empty();
    }
}
