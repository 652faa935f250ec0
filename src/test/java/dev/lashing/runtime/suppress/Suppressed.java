package dev.lashing.runtime.suppress;

import dev.lashing.core.Finding;
import dev.lashing.core.RuleMeta;
import dev.lashing.core.SourceFile;
import dev.lashing.engine.LintOptions;
import dev.lashing.engine.RuntimeChecker;
import dev.lashing.registry.BuiltinRules;
import dev.lashing.registry.CodeResolver;
import dev.lashing.registry.RegisteredRule;
import dev.lashing.rules.Settings;
import dev.lashing.runtime.compose.ComposeFiles;
import dev.lashing.runtime.compose.ComposeLoader;
import dev.lashing.runtime.compose.ComposeRequest;
import dev.lashing.runtime.kubernetes.KubernetesLoader;
import dev.lashing.runtime.model.Loaded;
import dev.lashing.runtime.quadlet.QuadletParser;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Test helper: checks run-time inputs held in memory with a few rules and the suppression rules LA001 and LA002. */
final class Suppressed {
    private final Set<String> ids;
    private boolean inline = true;

    private Suppressed(Set<String> ids) {
        this.ids = ids;
    }

    /** A checker running {@code ids} and the suppression rules. */
    static Suppressed with(String... ids) {
        Set<String> all = new java.util.HashSet<>(Set.of(ids));
        all.add("LA001");
        all.add("LA002");
        return new Suppressed(all);
    }

    /** The same checker with inline suppressions switched off, as {@code inline-suppressions: false} does. */
    Suppressed noInline() {
        inline = false;
        return this;
    }

    RuntimeChecker.RuntimeResult check(Loaded loaded) {
        List<RegisteredRule> rules = BuiltinRules.all().stream().filter(r -> ids.contains(r.meta().id())).toList();
        CodeResolver resolver = new CodeResolver(BuiltinRules.catalog().rules());
        return new RuntimeChecker(new LintOptions(rules, RuleMeta::severity, (p, id) -> false, Settings.empty(), inline,
                Map.of(), resolver::resolve)).check(loaded);
    }

    /**
     * Checks the compose project of {@code files} (path, text, ...); the {@code .yml} files are merged in
     * order, as {@code -f} files are.
     */
    RuntimeChecker.RuntimeResult compose(String... pathsAndTexts) {
        Map<String, String> files = new LinkedHashMap<>();
        List<Path> composeFiles = new java.util.ArrayList<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
            if (pathsAndTexts[i].endsWith(".yml")) {
                composeFiles.add(Path.of(pathsAndTexts[i]));
            }
        }
        ComposeRequest request = new ComposeRequest(composeFiles, Map.of(), List.of(), Set.of(), true);
        return check(new ComposeLoader(ComposeFiles.inMemory(files)).load(request));
    }

    /** Checks a compose file at {@code /p/compose.yml}. */
    RuntimeChecker.RuntimeResult compose(String text) {
        return compose("/p/compose.yml", text);
    }

    /** Checks a Kubernetes manifest. */
    RuntimeChecker.RuntimeResult kubernetes(String text) {
        return check(new KubernetesLoader().load(new SourceFile("k8s.yaml", text)));
    }

    /** Checks a Quadlet unit. */
    RuntimeChecker.RuntimeResult quadlet(String text) {
        return check(QuadletParser.parse(new SourceFile("web.container", text), Optional.empty()));
    }

    /** Each finding as {@code ID@line}, in report order. */
    static List<String> at(RuntimeChecker.RuntimeResult r) {
        return r.findings().stream().map(Suppressed::at).toList();
    }

    static String at(Finding f) {
        return f.rule().id() + "@" + f.location().start().line();
    }
}
