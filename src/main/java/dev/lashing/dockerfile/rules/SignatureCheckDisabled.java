package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Word;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.Locale;
import java.util.Optional;

/** A package manager told to install packages whose signatures it cannot or will not check. */
@Rule(
        id = "SH071",
        name = "package-signature-check-disabled",
        summary = "Package signature checks switched off (apk --allow-untrusted, --nogpgcheck, ...)",
        severity = Severity.ERROR,
        practices = {"P12"},
        aliases = {"CKV2_DOCKER_7", "CKV2_DOCKER_8", "CKV2_DOCKER_9", "CKV2_DOCKER_10", "CKV2_DOCKER_11"},
        references = {"CWE-347", "CWE-494"})
public final class SignatureCheckDisabled implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (DockerfileContext.RunScript run : context.runScripts()) {
            for (Command c : run.script().commands()) {
                flag(c).ifPresent(w -> findings.report(w.range(), c.simpleName().orElse("the package manager") + " "
                        + w.text() + " installs packages without checking their signatures, so a tampered mirror or "
                        + "a man in the middle decides what is installed; import the repository key instead"));
            }
        }
    }

    private static Optional<Word> flag(Command c) {
        return switch (c.simpleName().orElse("")) {
            case "apk" -> ShellFlags.find(c, "--allow-untrusted");
            case "apt-get", "apt", "aptitude" -> ShellFlags.find(c, "--allow-unauthenticated", "--force-yes",
                    "--allow-insecure-repositories").or(() -> aptOption(c));
            case "yum", "dnf", "tdnf", "microdnf", "zypper" -> ShellFlags.find(c, "--nogpgcheck", "--no-gpg-checks");
            case "rpm" -> ShellFlags.find(c, "--nosignature", "--nodigest", "--noverify", "--nofiledigest");
            case "dpkg" -> ShellFlags.find(c, "--force-bad-verify");
            default -> Optional.empty();
        };
    }

    /** {@code -o APT::Get::AllowUnauthenticated=true} and {@code Acquire::AllowInsecureRepositories=true}. */
    private static Optional<Word> aptOption(Command c) {
        for (Word w : c.args()) {
            String t = w.text().toLowerCase(Locale.ROOT).replace("\"", "");
            if ((t.contains("allowunauthenticated=") || t.contains("allowinsecurerepositories=")
                    || t.contains("allowdowngradetoinsecurerepositories=")) && !t.endsWith("=false")
                    && !t.endsWith("=0")) {
                return Optional.of(w);
            }
            if (t.startsWith("[trusted=yes") || t.contains(" trusted=yes")) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }
}
