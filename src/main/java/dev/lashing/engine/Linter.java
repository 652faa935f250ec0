package dev.lashing.engine;

import dev.lashing.core.Finding;
import dev.lashing.core.InputError;
import dev.lashing.core.RuleMeta;
import dev.lashing.core.SourceFile;
import dev.lashing.core.TextRange;
import dev.lashing.core.fix.Fix;
import dev.lashing.core.fix.FixApplier;
import dev.lashing.core.suppress.SuppressionDirective;
import dev.lashing.core.suppress.SuppressionParser;
import dev.lashing.core.suppress.Suppressions;
import dev.lashing.dockerfile.model.BuildContext;
import dev.lashing.dockerfile.model.DockerfileModel;
import dev.lashing.dockerfile.rules.DockerfileContext;
import dev.lashing.dockerfile.rules.DockerfileRule;
import dev.lashing.dockerfile.syntax.BlankLine;
import dev.lashing.dockerfile.syntax.Comment;
import dev.lashing.dockerfile.syntax.Dockerfile;
import dev.lashing.dockerfile.syntax.Instruction;
import dev.lashing.dockerfile.syntax.Node;
import dev.lashing.dockerfile.syntax.ParseIssue;
import dev.lashing.registry.RegisteredRule;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.SuppressionRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Lints one Dockerfile: parse, build the model, run every enabled rule, then apply per-file
 * ignores, severity overrides and inline suppressions, and report on the suppressions themselves.
 * With fixes on, it applies fixes, re-lints and repeats until nothing applicable is left. Thread-safe:
 * one Linter serves every file of a run.
 */
public final class Linter {
    /** Syntax errors reported per file; a file with more is probably not a Dockerfile at all. */
    static final int MAX_SYNTAX_ERRORS = 20;

    /** Fix rounds before giving up (a fix that keeps re-triggering must not loop forever). */
    static final int MAX_FIX_ROUNDS = 10;

    private final LintOptions options;

    /** Creates a linter with fixed options. */
    public Linter(LintOptions options) {
        this.options = options;
    }

    /** Lints {@code source} without changing it. */
    public FileResult lint(SourceFile source) {
        return lint(source, Optional.empty());
    }

    /** Lints {@code source} without changing it, knowing its build context. */
    public FileResult lint(SourceFile source, Optional<BuildContext> buildContext) {
        return lint(Dockerfile.parse(source), buildContext);
    }

    /** Lints a Dockerfile parsed already (by a caller that needs the tree too) without changing it. */
    public FileResult lint(Dockerfile file) {
        return lint(file, Optional.empty());
    }

    private FileResult lint(Dockerfile file, Optional<BuildContext> buildContext) {
        Pass pass = pass(file, buildContext);
        return new FileResult(file.source(), pass.findings, pass.errors, pass.suppressed, 0);
    }

    /**
     * Lints and fixes: applies SAFE fixes (and UNSAFE ones when {@code unsafe}), re-parses and
     * re-lints until no applicable fix remains. A round whose result would add parse errors is
     * rolled back, so a fix can never break the file.
     */
    public FileResult fix(SourceFile source, boolean unsafe) {
        return fix(source, unsafe, Optional.empty());
    }

    /** As {@link #fix(SourceFile, boolean)}, knowing the build context. */
    public FileResult fix(SourceFile source, boolean unsafe, Optional<BuildContext> buildContext) {
        SourceFile current = source;
        Pass pass = pass(current, buildContext);
        int applied = 0;
        for (int round = 0; round < MAX_FIX_ROUNDS; round++) {
            List<Fix> fixes = new ArrayList<>();
            for (Finding f : pass.findings) {
                f.fix().filter(x -> x.isApplicable(unsafe)).ifPresent(fixes::add);
            }
            if (fixes.isEmpty()) {
                break;
            }
            FixApplier.Result r = FixApplier.apply(current.text(), fixes);
            if (!r.changed()) {
                break;
            }
            SourceFile next = new SourceFile(current.path(), r.text());
            Pass nextPass = pass(next, buildContext);
            if (nextPass.errors.size() > pass.errors.size()) {
                List<InputError> errors = new ArrayList<>(pass.errors);
                errors.add(InputError.ofFile(current.path(),
                        "internal error: a fix would have broken the file; fixes were not applied: "
                                + nextPass.errors.get(nextPass.errors.size() - 1).message()));
                return new FileResult(current, pass.findings, errors, pass.suppressed, applied);
            }
            applied += r.applied().size();
            current = next;
            pass = nextPass;
        }
        return new FileResult(current, pass.findings, pass.errors, pass.suppressed, applied);
    }

    private record Pass(List<Finding> findings, List<InputError> errors, int suppressed) {}

    private Pass pass(SourceFile source, Optional<BuildContext> buildContext) {
        return pass(Dockerfile.parse(source), buildContext);
    }

    private Pass pass(Dockerfile file, Optional<BuildContext> buildContext) {
        SourceFile source = file.source();
        List<InputError> errors = new ArrayList<>();
        int syntaxErrors = 0;
        for (ParseIssue issue : file.issues()) {
            if (issue.kind() == ParseIssue.Kind.ERROR && ++syntaxErrors <= MAX_SYNTAX_ERRORS) {
                errors.add(InputError.at(source.location(issue.range()), issue.message()));
            }
        }
        if (syntaxErrors > MAX_SYNTAX_ERRORS) {
            errors.add(InputError.ofFile(source.path(), (syntaxErrors - MAX_SYNTAX_ERRORS)
                    + " more syntax errors not shown; is this a Dockerfile?"));
        }
        DockerfileModel model = DockerfileModel.of(file, options.buildArgs());
        DockerfileContext context = new DockerfileContext(model, options.settings(), buildContext);
        List<Finding> raw = new ArrayList<>();
        Set<String> ran = new HashSet<>();
        for (RegisteredRule rule : options.enabled()) {
            if (!(rule.implementation() instanceof DockerfileRule dr)) {
                continue;
            }
            if (options.ignoredForPath().test(source.path(), rule.meta().id())) {
                continue;
            }
            ran.add(rule.meta().id());
            try {
                dr.check(context, sink(rule.meta(), source, raw));
            } catch (RuntimeException | StackOverflowError e) {
                errors.add(InputError.ofFile(source.path(), "internal error in rule " + rule.meta().id() + " ("
                        + rule.meta().name() + "): " + e + "; please report it"));
            }
        }
        List<Finding> kept = raw;
        int suppressed = 0;
        if (options.inlineSuppressions()) {
            List<Suppressions.Scoped> directives = new ArrayList<>();
            List<SuppressionRule.MalformedDirective> malformed = new ArrayList<>();
            collectDirectives(file, directives, malformed);
            Suppressions.Outcome outcome = Suppressions.apply(directives, raw, options.codeResolver(), ran::contains);
            kept = new ArrayList<>(outcome.kept());
            suppressed = outcome.suppressed();
            SuppressionRule.SuppressionFacts facts =
                    new SuppressionRule.SuppressionFacts(outcome.unused(), outcome.unknown(), malformed, source);
            for (RegisteredRule rule : options.enabled()) {
                if (rule.implementation() instanceof SuppressionRule sr
                        && !options.ignoredForPath().test(source.path(), rule.meta().id())) {
                    List<Finding> meta = new ArrayList<>();
                    sr.check(facts, sink(rule.meta(), source, meta));
                    for (Finding f : meta) {
                        if (!fileWideIgnores(directives, f.rule().id())) {
                            kept.add(f);
                        }
                    }
                }
            }
        }
        kept.sort(Comparator.comparing((Finding f) -> f.location().range()).thenComparing(f -> f.rule().id()));
        return new Pass(kept, errors, suppressed);
    }

    private boolean fileWideIgnores(List<Suppressions.Scoped> directives, String ruleId) {
        for (Suppressions.Scoped s : directives) {
            if (s.directive().fileWide()) {
                for (SuppressionDirective.Code c : s.directive().codes()) {
                    if (options.codeResolver().apply(c.text()).contains(ruleId)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Finds suppression comments. A per-instruction directive covers the next instruction, with only
     * comment lines between them; a global one covers the whole file.
     */
    private static void collectDirectives(
            Dockerfile file, List<Suppressions.Scoped> out, List<SuppressionRule.MalformedDirective> malformed) {
        List<Node> nodes = file.nodes();
        TextRange whole = new TextRange(0, file.source().text().length());
        for (int i = 0; i < nodes.size(); i++) {
            if (!(nodes.get(i) instanceof Comment c)) {
                continue;
            }
            SuppressionParser.Result r = SuppressionParser.parse(c.text(), c.contentRange().start() + 1);
            if (r instanceof SuppressionParser.Malformed m) {
                malformed.add(new SuppressionRule.MalformedDirective(m.message(), c.contentRange()));
                continue;
            }
            if (!(r instanceof SuppressionParser.Parsed p)) {
                continue;
            }
            if (p.directive().fileWide()) {
                out.add(new Suppressions.Scoped(p.directive(), whole));
                continue;
            }
            Optional<Instruction> next = Optional.empty();
            for (int j = i + 1; j < nodes.size(); j++) {
                Node n = nodes.get(j);
                if (n instanceof Instruction inst) {
                    next = Optional.of(inst);
                    break;
                }
                if (n instanceof BlankLine) {
                    break;
                }
            }
            out.add(new Suppressions.Scoped(p.directive(),
                    next.map(Instruction::range).orElse(TextRange.at(c.range().end()))));
        }
    }

    private FindingSink sink(RuleMeta meta, SourceFile source, List<Finding> out) {
        return FileSink.of(meta, source, out, options.severity());
    }
}
