package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.shell.DownloadPipe;
import dev.lashing.dockerfile.shell.ShellQueries;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;

/** A RUN pipes what curl/wget downloads straight into a shell or interpreter. */
@Rule(
        id = "SH001",
        name = "curl-pipe-shell",
        summary = "Remote script piped into a shell or interpreter (curl | sh)",
        severity = Severity.WARNING,
        practices = {"P13", "P12"},
        references = {"CWE-494", "CWE-829"})
public final class CurlPipedToShell implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (DockerfileContext.RunScript run : context.runScripts()) {
            for (DownloadPipe pipe : ShellQueries.downloadPipedToInterpreter(run.script())) {
                String downloader = pipe.downloader().simpleName().orElse("a download");
                String interpreter = pipe.interpreter().simpleName().orElse("an interpreter");
                findings.report(pipe.range(), downloader + " output runs straight into " + interpreter
                        + ": whatever the server sends (or an attacker in between) is executed unverified; download "
                        + "to a file, verify its checksum or signature, then run it");
            }
        }
    }
}
