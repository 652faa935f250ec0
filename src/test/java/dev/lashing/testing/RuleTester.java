package dev.lashing.testing;

import dev.lashing.dockerfile.model.BuildContext;
import java.util.Optional;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.lashing.core.Finding;
import dev.lashing.core.InputError;
import dev.lashing.core.RuleMeta;
import dev.lashing.core.SourceFile;
import dev.lashing.core.TextRange;
import dev.lashing.dockerfile.syntax.Comment;
import dev.lashing.dockerfile.syntax.Dockerfile;
import dev.lashing.dockerfile.syntax.Instruction;
import dev.lashing.dockerfile.syntax.Node;
import dev.lashing.engine.FileResult;
import dev.lashing.engine.LintOptions;
import dev.lashing.engine.Linter;
import dev.lashing.registry.BuiltinRules;
import dev.lashing.registry.CodeResolver;
import dev.lashing.registry.RegisteredRule;
import dev.lashing.rules.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs rules on fixture Dockerfiles whose {@code # expect: ID[, ID...]} comments sit on the line
 * before each instruction that must be flagged. Fails on missing and on unexpected findings.
 */
public final class RuleTester {
    private final List<RegisteredRule> rules;
    private Settings settings = Settings.empty();
    private Map<String, String> buildArgs = Map.of();
    private boolean suppressions = true;
    private Optional<BuildContext> buildContext = Optional.empty();

    private RuleTester(List<RegisteredRule> rules) {
        this.rules = rules;
    }

    /** A tester running the rules implemented by {@code ruleClasses}. */
    public static RuleTester of(Class<?>... ruleClasses) {
        List<RegisteredRule> rules = new ArrayList<>();
        for (Class<?> c : ruleClasses) {
            rules.add(BuiltinRules.all().stream().filter(r -> r.implementation().getClass() == c).findFirst()
                    .orElseThrow(() -> new AssertionError(c.getName() + " is not registered in BuiltinRules")));
        }
        return new RuleTester(rules);
    }

    /** Uses these rule settings. */
    public RuleTester withSettings(Settings s) {
        this.settings = s;
        return this;
    }

    /** Lints as if built with these build arguments. */
    public RuleTester withBuildArgs(Map<String, String> args) {
        this.buildArgs = Map.copyOf(args);
        return this;
    }

    /** Lints as if the Dockerfile's build context had these facts. */
    public RuleTester withBuildContext(BuildContext context) {
        this.buildContext = Optional.of(context);
        return this;
    }

    /** Ignores inline suppression comments. */
    public RuleTester withoutSuppressions() {
        this.suppressions = false;
        return this;
    }

    private Linter linter() {
        CodeResolver resolver = new CodeResolver(BuiltinRules.catalog().rules());
        return new Linter(new LintOptions(rules, RuleMeta::severity, (id, path) -> false, settings, suppressions,
                buildArgs, resolver::resolve));
    }

    /** Lints {@code text} and returns the result. */
    public FileResult lint(String text) {
        return linter().lint(new SourceFile("Dockerfile", text), buildContext);
    }

    /** Lints the fixture and checks its findings against its {@code # expect:} markers. */
    public List<Finding> check(String fixture) {
        FileResult result = lint(fixture);
        assertThat(result.errors()).extracting(InputError::describe).isEmpty();
        Dockerfile df = Dockerfile.parse("Dockerfile", fixture);
        List<Expectation> expected = expectations(df);
        List<Finding> unexpected = new ArrayList<>();
        for (Finding f : result.findings()) {
            Expectation match = null;
            for (Expectation e : expected) {
                if (!e.matched && e.ruleId.equals(f.rule().id()) && e.target.contains(f.location().range().start())) {
                    match = e;
                    break;
                }
            }
            if (match == null) {
                unexpected.add(f);
            } else {
                match.matched = true;
            }
        }
        List<String> problems = new ArrayList<>();
        for (Finding f : unexpected) {
            problems.add("unexpected " + f.rule().id() + " at " + f.location().start() + ": " + f.message());
        }
        for (Expectation e : expected) {
            if (!e.matched) {
                problems.add("missing " + e.ruleId + " at line " + df.source().position(e.target.start()).line());
            }
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
        return result.findings();
    }

    /** Applies fixes to {@code before}; checks the result, that it re-parses, and that fixing again changes nothing. */
    public void fixes(String before, String after, boolean unsafe) {
        FileResult fixed = linter().fix(new SourceFile("Dockerfile", before), unsafe);
        assertThat(fixed.errors()).extracting(InputError::describe).isEmpty();
        assertThat(fixed.source().text()).isEqualTo(after);
        assertThat(Dockerfile.parse("Dockerfile", after).hasErrors()).isFalse();
        FileResult again = linter().fix(new SourceFile("Dockerfile", after), unsafe);
        assertThat(again.fixesApplied()).as("fixing twice must change nothing").isZero();
        assertThat(again.source().text()).isEqualTo(after);
    }

    private static final class Expectation {
        final String ruleId;
        final TextRange target;
        boolean matched;

        Expectation(String ruleId, TextRange target) {
            this.ruleId = ruleId;
            this.target = target;
        }
    }

    private static List<Expectation> expectations(Dockerfile df) {
        List<Expectation> out = new ArrayList<>();
        List<Node> nodes = df.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            if (!(nodes.get(i) instanceof Comment c) || !c.text().trim().startsWith("expect:")) {
                continue;
            }
            TextRange target = null;
            for (int j = i + 1; j < nodes.size(); j++) {
                if (nodes.get(j) instanceof Instruction inst) {
                    target = inst.range();
                    break;
                }
            }
            if (target == null) {
                throw new AssertionError("# expect: at the end of the fixture has no instruction after it");
            }
            for (String id : c.text().trim().substring("expect:".length()).split(",")) {
                if (!id.isBlank()) {
                    out.add(new Expectation(id.trim(), target));
                }
            }
        }
        return out;
    }
}
