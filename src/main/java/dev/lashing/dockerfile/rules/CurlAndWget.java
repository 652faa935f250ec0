package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import dev.lashing.dockerfile.syntax.Run;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One stage downloads with both curl and wget. */
@Rule(
        id = "SH050",
        name = "curl-and-wget",
        summary = "Both curl and wget used in the same stage",
        severity = Severity.INFO,
        practices = {"P26"},
        aliases = {"DL4001", "DS-0014", "DS014"})
public final class CurlAndWget implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        // Group RUNs by stage; ONBUILD triggers run in a child build, so they form groups of their own.
        Map<Object, List<Command>> byStage = new LinkedHashMap<>();
        Set<Run> topLevel = Collections.newSetFromMap(new IdentityHashMap<>());
        topLevel.addAll(context.topLevel(Run.class));
        for (DockerfileContext.RunScript run : context.runScripts()) {
            if (run.stage().isEmpty()) {
                continue;
            }
            Object key = topLevel.contains(run.run()) ? run.stage().get() : List.of(run.stage().get());
            List<Command> uses = byStage.computeIfAbsent(key, k -> new ArrayList<>());
            // One use per tool per RUN: the first.
            run.script().firstNamed("curl").ifPresent(uses::add);
            run.script().firstNamed("wget").ifPresent(uses::add);
        }
        for (List<Command> uses : byStage.values()) {
            uses.sort((a, b) -> Integer.compare(a.range().start(), b.range().start()));
            Optional<String> first = uses.isEmpty() ? Optional.empty() : uses.get(0).simpleName();
            if (first.isEmpty() || uses.stream().allMatch(c -> c.isNamed(first.get()))) {
                continue;
            }
            String later = first.get().equals("curl") ? "wget" : "curl";
            for (Command c : uses) {
                if (c.isNamed(later)) {
                    findings.report(c.name().range(), later + " used in a stage that already uses " + first.get()
                            + ": one download tool is enough; use " + first.get() + " here too, so the image "
                            + "needs (and patches) only one");
                }
            }
        }
    }
}
