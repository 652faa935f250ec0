package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.syntax.VariableExpander;
import dev.lashing.dockerfile.syntax.Workdir;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;

/** WORKDIR with a relative path, which depends on whatever WORKDIR came before (perhaps from the base image). */
@Rule(
        id = "DF009",
        name = "relative-workdir",
        summary = "WORKDIR uses a relative path",
        severity = Severity.WARNING,
        practices = {"P26"},
        aliases = {"DL3000", "DS-0009", "DS009", "CKV_DOCKER_10"},
        references = {"https://docs.docker.com/reference/dockerfile/#workdir"})
public final class RelativeWorkdir implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (Workdir w : context.all(Workdir.class)) {
            VariableExpander.Expansion x = context.expand(w, w.path().text());
            String value = x.value();
            if (x.resolvedValue().isPresent()) {
                if (!isAbsolute(value)) {
                    findings.report(w.path().range(), "WORKDIR " + value + " is relative, so where it points depends "
                            + "on the previous WORKDIR, perhaps set by the base image; use an absolute path");
                }
            } else if (!isAbsolute(value)) {
                findings.report(w.path().range(), "cannot tell whether WORKDIR " + w.path().text()
                        + " is absolute: it depends on " + String.join(", ", x.unresolvedNames())
                        + ", which this Dockerfile does not define (the base image may); prefer an absolute path",
                        Severity.INFO);
            }
        }
    }

    /** POSIX absolute paths, and Windows ones ({@code C:\\app}, {@code \\app}) for Windows images. */
    static boolean isAbsolute(String path) {
        if (path.startsWith("/") || path.startsWith("\\")) {
            return true;
        }
        return path.length() >= 2 && Character.isLetter(path.charAt(0)) && path.charAt(1) == ':';
    }
}
