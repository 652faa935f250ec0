package dev.lashing.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lashing.core.FixAvailability;
import dev.lashing.core.RuleMeta;
import dev.lashing.core.Severity;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSelectionTest {
    @TempDir
    Path dir;

    private static RuleMeta rule(String id, String name, Severity severity, boolean byDefault, String... aliases) {
        return new RuleMeta(id, name, "summary of " + name, severity, List.of(), List.of(aliases), List.of(),
                FixAvailability.NONE, byDefault);
    }

    static final List<RuleMeta> CATALOG = List.of(
            rule("DF001", "last-user-root", Severity.WARNING, true, "DL3002", "CKV_DOCKER_8"),
            rule("DF002", "untrusted-registry", Severity.ERROR, true, "DL3026"),
            rule("DF010", "no-healthcheck", Severity.INFO, false, "DL3057", "CKV_DOCKER_2"),
            rule("DF011", "label-missing", Severity.INFO, true),
            rule("DF101", "add-instead-of-copy", Severity.ERROR, true),
            rule("SH001", "curl-pipe-shell", Severity.WARNING, true, "DL4006"),
            rule("SH002", "sudo-in-run", Severity.ERROR, false, "DL3004", "CKV_DOCKER_3"));

    private LashingConfig config(Origin origin, List<String> select, List<String> extend, List<String> ignore,
            Map<String, Severity> severity, List<PathIgnore> perFile, Optional<FailOn> failOn) {
        return new LashingConfig(Optional.of(dir.resolve(".lashing.yaml")), origin, select, extend, ignore, severity,
                failOn, MapSettings.empty(), perFile, List.of(), true, false, dir);
    }

    private LashingConfig lashing(List<String> select, List<String> extend, List<String> ignore) {
        return config(Origin.LASHING, select, extend, ignore, Map.of(), List.of(), Optional.empty());
    }

    private RuleSelection.Selected resolve(LashingConfig c) throws ConfigException {
        return RuleSelection.resolve(CATALOG, c, CliOverrides.none(dir));
    }

    private static RuleMeta byId(String id) {
        return CATALOG.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void defaultSetIsEveryRuleEnabledByDefault() throws Exception {
        RuleSelection.Selected s = resolve(LashingConfig.defaults(dir));
        assertThat(s.enabledIds()).containsExactlyInAnyOrder("DF001", "DF002", "DF011", "DF101", "SH001");
        assertThat(s.failOn()).isEqualTo(FailOn.INFO);
        assertThat(s.warnings()).isEmpty();
        assertThat(s.severity().apply(byId("DF002"))).isEqualTo(Severity.ERROR);
    }

    @Test
    void selectAllIncludesOptInRules() throws Exception {
        assertThat(resolve(lashing(List.of("ALL"), List.of(), List.of())).enabledIds()).hasSize(CATALOG.size());
        assertThat(resolve(lashing(List.of("all"), List.of(), List.of("SH"))).enabledIds())
                .containsExactlyInAnyOrder("DF001", "DF002", "DF010", "DF011", "DF101");
    }

    @Test
    void selectorsByPrefixIdNameAndAlias() throws Exception {
        assertThat(resolve(lashing(List.of("SH"), List.of(), List.of())).enabledIds()).containsExactlyInAnyOrder("SH001", "SH002");
        assertThat(resolve(lashing(List.of("DF0"), List.of(), List.of())).enabledIds())
                .containsExactlyInAnyOrder("DF001", "DF002", "DF010", "DF011");
        assertThat(resolve(lashing(List.of("DF01"), List.of(), List.of())).enabledIds()).containsExactlyInAnyOrder("DF010", "DF011");
        assertThat(resolve(lashing(List.of("no-healthcheck"), List.of(), List.of())).enabledIds()).containsExactly("DF010");
        assertThat(resolve(lashing(List.of("DL3004", "ckv_docker_2"), List.of(), List.of())).enabledIds())
                .containsExactlyInAnyOrder("SH002", "DF010");
        assertThat(resolve(lashing(List.of("df001"), List.of(), List.of())).enabledIds()).containsExactly("DF001");
        // a stage prefix without rules yet is valid and selects nothing
        assertThat(resolve(lashing(List.of("IM"), List.of(), List.of())).enabledIds()).isEmpty();
    }

    @Test
    void extendSelectAddsAndIgnoreRemoves() throws Exception {
        RuleSelection.Selected s = resolve(lashing(List.of(), List.of("DF010", "CKV_DOCKER_3"), List.of("DF1", "last-user-root", "DL4006")));
        assertThat(s.enabledIds()).containsExactlyInAnyOrder("DF002", "DF010", "DF011", "SH002");
    }

    @Test
    void ignoreWinsOverSelect() throws Exception {
        assertThat(resolve(lashing(List.of("DF001"), List.of("DF001"), List.of("DF"))).enabledIds()).isEmpty();
    }

    @Test
    void commandLineSelectReplacesConfigSelectAndListsAdd() throws Exception {
        LashingConfig c = lashing(List.of("DF"), List.of("SH001"), List.of("DF002"));
        CliOverrides cli = new CliOverrides(Optional.of(List.of("SH")), List.of("DF001"), List.of("SH002"),
                Optional.of(FailOn.ERROR), dir);
        RuleSelection.Selected s = RuleSelection.resolve(CATALOG, c, cli);
        assertThat(s.enabledIds()).containsExactlyInAnyOrder("SH001", "DF001");
        assertThat(s.failOn()).isEqualTo(FailOn.ERROR);
    }

    @Test
    void failOnComesFromConfigUnlessTheCommandLineSetsIt() throws Exception {
        LashingConfig c = config(Origin.LASHING, List.of(), List.of(), List.of(), Map.of(), List.of(), Optional.of(FailOn.NEVER));
        assertThat(resolve(c).failOn()).isEqualTo(FailOn.NEVER);
        assertThat(FailOn.WARNING.fails(Severity.INFO)).isFalse();
        assertThat(FailOn.WARNING.fails(Severity.ERROR)).isTrue();
        assertThat(FailOn.INFO.fails(Severity.INFO)).isTrue();
        assertThat(FailOn.NEVER.fails(Severity.ERROR)).isFalse();
        assertThat(FailOn.parse("Warning")).contains(FailOn.WARNING);
        assertThat(FailOn.parse("sometimes")).isEmpty();
    }

    @Test
    void unknownSelectorsAreErrorsWithSuggestions() {
        assertThatThrownBy(() -> resolve(lashing(List.of(), List.of(), List.of("XY9"))))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.describe())
                        .isEqualTo(dir.resolve(".lashing.yaml") + ": unknown rule selector 'XY9' in 'ignore'"));
        assertThatThrownBy(() -> resolve(lashing(List.of("last-user-rot"), List.of(), List.of())))
                .hasMessage("unknown rule selector 'last-user-rot' in 'select'; did you mean 'last-user-root'?");
        assertThatThrownBy(() -> resolve(lashing(List.of(), List.of(), List.of("DL9999"))))
                .hasMessageContaining("unknown rule selector 'DL9999'");
        assertThatThrownBy(() -> resolve(lashing(List.of("DF9"), List.of(), List.of())))
                .hasMessageContaining("unknown rule selector 'DF9'");
        CliOverrides cli = new CliOverrides(Optional.of(List.of("NOPE1")), List.of(), List.of(), Optional.empty(), dir);
        assertThatThrownBy(() -> RuleSelection.resolve(CATALOG, LashingConfig.defaults(dir), cli))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.describe())
                        .isEqualTo("command line: unknown rule selector 'NOPE1' in --select"));
    }

    @Test
    void hadolintOriginToleratesUnknownHadolintAndShellCheckCodes() throws Exception {
        LashingConfig c = config(Origin.HADOLINT, List.of(), List.of(), List.of("DL3008", "SC2086", "DL3002"),
                Map.of("DL3999", Severity.ERROR), List.of(), Optional.empty());
        RuleSelection.Selected s = resolve(c);
        assertThat(s.enabledIds()).doesNotContain("DF001").contains("DF002");
        assertThat(s.warnings()).hasSize(3).allMatch(w -> w.contains("has no lashing equivalent yet"));
        assertThat(s.warnings().get(0)).contains("'DL3008'");
        LashingConfig bad = config(Origin.HADOLINT, List.of(), List.of(), List.of("XY9"), Map.of(), List.of(), Optional.empty());
        assertThatThrownBy(() -> resolve(bad)).hasMessageContaining("unknown rule selector 'XY9'");
    }

    @Test
    void mostSpecificSeverityOverrideWins() throws Exception {
        Map<String, Severity> sev = new LinkedHashMap<>();
        sev.put("DF001", Severity.INFO);   // id beats every prefix, whatever the order
        sev.put("DF", Severity.ERROR);
        sev.put("DF0", Severity.WARNING);  // longer prefix beats shorter
        sev.put("ALL", Severity.INFO);     // ALL is the least specific
        sev.put("DL3026", Severity.INFO);  // alias counts as exact
        sev.put("sudo-in-run", Severity.WARNING);
        LashingConfig c = config(Origin.LASHING, List.of("ALL"), List.of(), List.of(), sev, List.of(), Optional.empty());
        RuleSelection.Selected s = resolve(c);
        assertThat(s.severity().apply(byId("DF001"))).isEqualTo(Severity.INFO);
        assertThat(s.severity().apply(byId("DF002"))).isEqualTo(Severity.INFO);
        assertThat(s.severity().apply(byId("DF010"))).isEqualTo(Severity.WARNING);
        assertThat(s.severity().apply(byId("DF101"))).isEqualTo(Severity.ERROR);
        assertThat(s.severity().apply(byId("SH001"))).isEqualTo(Severity.INFO);
        assertThat(s.severity().apply(byId("SH002"))).isEqualTo(Severity.WARNING);
    }

    @Test
    void perFileIgnoresMatchPathsRelativeToTheConfigDirectory() throws Exception {
        List<PathIgnore> perFile = List.of(new PathIgnore("test/**", List.of("DF001")),
                new PathIgnore("**/Dockerfile.dev", List.of("SH", "no-healthcheck")),
                new PathIgnore("legacy", List.of("ALL")));
        LashingConfig c = config(Origin.LASHING, List.of(), List.of(), List.of(), Map.of(), perFile, Optional.empty());
        // the run happens in a subdirectory of the config's directory
        RuleSelection.Selected s = RuleSelection.resolve(CATALOG, c, CliOverrides.none(dir.resolve("test")));
        assertThat(s.ignoredForPath().test("unit/Dockerfile", "DF001")).isTrue();
        assertThat(s.ignoredForPath().test("unit/Dockerfile", "DF002")).isFalse();
        assertThat(s.ignoredForPath().test("../Dockerfile", "DF001")).isFalse();
        assertThat(s.ignoredForPath().test("a/b/Dockerfile.dev", "SH002")).isTrue();
        assertThat(s.ignoredForPath().test("a/b/Dockerfile.dev", "DF010")).isTrue();
        assertThat(s.ignoredForPath().test("../legacy/x/Dockerfile", "DF101")).isTrue();
        assertThat(s.ignoredForPath().test("-", "DF001")).isFalse();
        LashingConfig bad = config(Origin.LASHING, List.of(), List.of(), List.of(), Map.of(),
                List.of(new PathIgnore("x/**", List.of("XY9"))), Optional.empty());
        assertThatThrownBy(() -> resolve(bad)).hasMessageContaining("unknown rule selector 'XY9' in 'per-file-ignores \"x/**\"'");
    }
}
