package dev.lashing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Finding;
import dev.lashing.core.InputError;
import dev.lashing.core.Location;
import dev.lashing.core.RuleMeta;
import dev.lashing.core.Severity;
import dev.lashing.core.SourceFile;
import dev.lashing.core.TextRange;
import dev.lashing.registry.BuiltinRules;
import dev.lashing.registry.RegisteredRule;
import dev.lashing.rules.Settings;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Loaded;
import dev.lashing.runtime.model.SourceKind;
import dev.lashing.runtime.model.Sourced;
import dev.lashing.runtime.rules.RuntimeRule;
import dev.lashing.testing.RuntimeRuleTester;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RuntimeCheckerTest {
    private static final String SECRET = "s3cr3t-pa55w0rd";

    private static List<RegisteredRule> rules(String... ids) {
        Set<String> wanted = Set.of(ids);
        return BuiltinRules.all().stream().filter(r -> wanted.contains(r.meta().id())).toList();
    }

    private static RuntimeChecker checker(List<RegisteredRule> rules, Function<RuleMeta, Severity> severity,
            BiPredicate<String, String> ignored) {
        return new RuntimeChecker(new LintOptions(rules, severity, ignored, Settings.empty(), true, Map.of(),
                code -> Set.of()));
    }

    private static Loaded loaded(ContainerSpec... specs) {
        return new Loaded(List.of(specs[0].declaredAt().file()), List.of(specs), List.of());
    }

    private static ContainerSpec withSecret() {
        return RuntimeRuleTester.compose().env("DB_PASSWORD", SECRET, "DB_PASSWORD: " + SECRET)
                .capAdd("NET_ADMIN", "- NET_ADMIN").build();
    }

    @Test
    void runsOnlyTheEnabledRuntimeRulesAndSortsByPosition() {
        RuntimeChecker.RuntimeResult r = checker(rules("RT008", "RT003", "DF001"), RuleMeta::severity,
                (p, id) -> false).check(loaded(withSecret()));
        assertThat(r.findings()).extracting(f -> f.rule().id()).containsExactly("RT008", "RT003");
        assertThat(r.findings().get(0).location().start().line()).isEqualTo(1);
        assertThat(r.findings().get(1).location().text()).isEqualTo("- NET_ADMIN");
        assertThat(r.errors()).isEmpty();
    }

    @Test
    void secretsAreMaskedInMessagesAndInTheSourceOfEveryFindingAtTheSameLength() {
        RuntimeChecker.RuntimeResult r = checker(rules("RT031", "RT008"), RuleMeta::severity, (p, id) -> false)
                .check(loaded(withSecret()));
        assertThat(r.findings()).hasSize(2);
        for (Finding f : r.findings()) {
            assertThat(f.message()).doesNotContain(SECRET);
            assertThat(f.location().file().text()).doesNotContain(SECRET).contains("DB_PASSWORD: s3c************")
                    .hasSize(withSecret().declaredAt().file().text().length());
        }
        assertThat(r.findings().get(1).location().text()).isEqualTo("DB_PASSWORD: s3c************");
    }

    @Test
    void configuredSeveritiesOverrideWhatRulesGive() {
        RuntimeChecker.RuntimeResult r = checker(rules("RT003"), m -> Severity.INFO, (p, id) -> false)
                .check(loaded(withSecret()));
        assertThat(r.findings()).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        RuntimeChecker.RuntimeResult plain = checker(rules("RT003"), RuleMeta::severity, (p, id) -> false)
                .check(loaded(withSecret()));
        assertThat(plain.findings()).singleElement().satisfies(f -> assertThat(f.severity())
                .as("NET_ADMIN is a warning though the rule's default is error").isEqualTo(Severity.WARNING));
    }

    @Test
    void perPathIgnoresUseTheSourceFilesPath() {
        RuntimeChecker.RuntimeResult r = checker(rules("RT008", "RT003"), RuleMeta::severity,
                (path, id) -> path.equals("compose.yaml") && id.equals("RT008")).check(loaded(withSecret()));
        assertThat(r.findings()).extracting(f -> f.rule().id()).containsExactly("RT003");
    }

    @Test
    void aRuleThatThrowsBecomesAnInputErrorAndTheOthersStillRun() {
        RuleMeta meta = new RuleMeta("RT999", "boom", "throws", Severity.ERROR, List.of("P53"), List.of(), List.of(),
                dev.lashing.core.FixAvailability.NONE, true);
        RuntimeRule boom = (spec, findings) -> {
            throw new IllegalStateException("bad");
        };
        List<RegisteredRule> enabled = new java.util.ArrayList<>(rules("RT008"));
        enabled.add(0, new RegisteredRule(meta, boom));
        SourceFile f = new SourceFile("compose.yaml", "services: {}\n");
        InputError adapterError = InputError.at(new Location(f, new TextRange(0, 8)), "unknown key");
        ContainerSpec spec = RuntimeRuleTester.compose().build();
        RuntimeChecker.RuntimeResult r = checker(enabled, RuleMeta::severity, (p, id) -> false)
                .check(new Loaded(List.of(f), List.of(spec), List.of(adapterError)));
        assertThat(r.findings()).extracting(x -> x.rule().id()).containsExactly("RT008");
        assertThat(r.errors()).hasSize(2);
        assertThat(r.errors().get(0).message()).isEqualTo("unknown key");
        assertThat(r.errors().get(1).message()).contains("internal error in rule RT999 (boom) on web",
                "IllegalStateException: bad");
    }

    @Test
    void aPodLevelSettingSharedByContainersIsReportedOnce() {
        SourceFile f = new SourceFile("pod.yaml", "spec:\n  hostNetwork: true\n  containers: []\n");
        Location decl = new Location(f, new TextRange(0, 5));
        Location host = new Location(f, new TextRange(8, 25));
        ContainerSpec.Builder a = ContainerSpec.builder("Pod/p (container a)", SourceKind.KUBERNETES, decl);
        a.network = Sourced.explicit("host", host, "hostNetwork: true");
        ContainerSpec.Builder b = ContainerSpec.builder("Pod/p (container b)", SourceKind.KUBERNETES, decl);
        b.network = Sourced.explicit("host", host, "hostNetwork: true");
        RuntimeChecker.RuntimeResult r = checker(rules("RT015"), RuleMeta::severity, (p, id) -> false)
                .check(new Loaded(List.of(f), List.of(a.build(), b.build()), List.of()));
        assertThat(r.findings()).singleElement().satisfies(x -> assertThat(x.location().text())
                .isEqualTo("hostNetwork: true"));
    }

    @Test
    void maskingKeepsLengthsAndSkipsTinyValues() {
        assertThat(RuntimeChecker.masked("a=" + SECRET + ";", List.of(SECRET))).isEqualTo("a=s3c************;");
        assertThat(RuntimeChecker.masked("a=ab", List.of("ab"))).isEqualTo("a=ab");
    }
}
