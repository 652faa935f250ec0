package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.model.BuildContext;
import dev.lashing.dockerfile.syntax.Copy;
import dev.lashing.dockerfile.syntax.FileTransfer;
import dev.lashing.dockerfile.syntax.Token;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.Set;

/** The whole build context is copied while .dockerignore is missing or lets credentials and .git through. */
@Rule(
        id = "DF070",
        name = "dockerignore-missing-or-weak",
        summary = "Whole build context copied without a .dockerignore that excludes .git, .env and keys",
        severity = Severity.WARNING,
        practices = {"P21"},
        references = {"https://docs.docker.com/build/concepts/context/#dockerignore-files", "CWE-538"})
public final class DockerignoreWeak implements DockerfileRule {
    private static final Set<String> WHOLE_CONTEXT = Set.of(".", "./", "*", "./*", "**", "./.");

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        BuildContext build = context.buildContext().orElse(null);
        if (build == null) {
            return;
        }
        for (FileTransfer t : context.all(FileTransfer.class)) {
            if (t instanceof Copy c && c.from().isPresent()) {
                continue;
            }
            for (Token source : t.sources()) {
                if (!WHOLE_CONTEXT.contains(source.text())) {
                    continue;
                }
                String ignore = build.ignoreFile().orElse(".dockerignore");
                if (!build.notExcluded().isEmpty()) {
                    findings.report(source.range(), t.syntax().name() + " " + source.text() + " copies "
                            + String.join(", ", build.notExcluded()) + " from the build context into the image"
                            + (build.ignoreFile().isPresent() ? ", which " + ignore + " does not exclude" : " (there is no "
                            + ".dockerignore)") + "; list them in " + ignore);
                } else if (build.ignoreFile().isEmpty()) {
                    findings.report(source.range(), t.syntax().name() + " " + source.text() + " copies the whole "
                            + "build context and there is no .dockerignore: whatever lands in this directory later "
                            + "(.env files, keys, .git) goes into the image; add one", Severity.INFO);
                }
                return;
            }
        }
    }
}
