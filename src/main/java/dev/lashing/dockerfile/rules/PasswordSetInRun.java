package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;

/** A RUN sets a user's password (chpasswd, passwd --stdin, usermod -p, useradd -p). */
@Rule(
        id = "SH072",
        name = "password-set-in-run",
        summary = "Password set in RUN (chpasswd, passwd --stdin, usermod/useradd -p)",
        severity = Severity.WARNING,
        practices = {"P21"},
        aliases = {"CKV2_DOCKER_17"},
        references = {"CWE-798", "CWE-259"})
public final class PasswordSetInRun implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (DockerfileContext.RunScript run : context.runScripts()) {
            for (Command c : run.script().commands()) {
                boolean sets = c.isNamed("chpasswd")
                        || c.isNamed("passwd") && c.hasFlag("--stdin")
                        || c.isNamed("usermod", "useradd", "adduser") && ShellFlags.find(c, "-p", "--password").isPresent();
                if (sets) {
                    findings.report(c.range(), c.simpleName().orElse("the command") + " sets a password in a build "
                            + "step: the password is in the Dockerfile and in the image history, the same for every "
                            + "container, and any account with a password is a way in; use key-based access or set "
                            + "it at run time from a secret");
                }
            }
        }
    }
}
