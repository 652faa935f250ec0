package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Word;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.List;
import java.util.Set;

/** {@code go install}, {@code go get} or {@code go run} of a remote package without a fixed version (opt-in). */
@Rule(
        id = "SH020",
        name = "go-install-not-pinned",
        summary = "go install/get/run of a remote package without @version, or with @latest",
        severity = Severity.WARNING,
        practices = {"P11"},
        aliases = {"DL3062"},
        references = {"https://go.dev/ref/mod#go-install"},
        enabledByDefault = false)
public final class GoInstallNotPinned implements DockerfileRule {
    private static final Set<String> VERBS = Set.of("install", "get", "run");
    private static final Set<String> VALUE_OPTIONS = Set.of("-o", "-C", "-p", "-tags", "-ldflags", "-gcflags",
            "-asmflags", "-gccgoflags", "-mod", "-modfile", "-overlay", "-pkgdir", "-buildmode", "-compiler",
            "-installsuffix", "-toolexec", "-pgo", "-covermode", "-coverpkg", "-exec", "-buildvcs");

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (DockerfileContext.RunScript run : context.runScripts()) {
            for (Command c : run.script().commandsNamed("go")) {
                List<Word> pos = c.positionalArgs(VALUE_OPTIONS);
                if (pos.isEmpty() || !VERBS.contains(pos.get(0).text())) {
                    continue;
                }
                boolean runVerb = pos.get(0).text().equals("run");
                List<Word> packages = pos.subList(1, runVerb ? Math.min(2, pos.size()) : pos.size());
                for (Word w : packages) {
                    if (!LanguagePackages.goPinned(w)) {
                        String t = w.text();
                        String name = t.contains("@") ? t.substring(0, t.lastIndexOf('@')) : t;
                        findings.report(w.range(), "go " + pos.get(0).text() + " " + t + " resolves to whatever "
                                + "version is newest at build time; write " + name + "@<version>");
                    }
                }
            }
        }
    }
}
