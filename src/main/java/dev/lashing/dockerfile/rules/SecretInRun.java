package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Word;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import dev.lashing.rules.SecretNames;

/** A RUN contains a credential in a known format (token, access key, private key, URL with a password). */
@Rule(
        id = "SH074",
        name = "secret-in-run",
        summary = "Credential written in a RUN command",
        severity = Severity.ERROR,
        practices = {"P21"},
        references = {"CWE-798", "https://docs.docker.com/build/building/secrets/"})
public final class SecretInRun implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (DockerfileContext.RunScript run : context.runScripts()) {
            for (Command c : run.script().commands()) {
                for (Word w : c.assignments()) {
                    report(w, findings);
                }
                for (Word w : c.args()) {
                    report(w, findings);
                }
            }
        }
    }

    private static void report(Word w, FindingSink findings) {
        SecretNames.secretInValue(w.raw()).ifPresent(kind -> findings.report(w.range(), "this RUN contains " + kind
                + " (not shown here): it is in the Dockerfile, the build log and the image history; revoke it, and "
                + "pass credentials with RUN --mount=type=secret"));
    }
}
