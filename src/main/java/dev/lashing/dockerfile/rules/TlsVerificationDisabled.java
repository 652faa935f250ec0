package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Word;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A RUN switches off TLS certificate verification of a download or package tool. */
@Rule(
        id = "SH070",
        name = "tls-verification-disabled",
        summary = "TLS certificate verification switched off in RUN (curl -k, wget --no-check-certificate, ...)",
        severity = Severity.WARNING,
        practices = {"P12"},
        aliases = {"CKV2_DOCKER_2", "CKV2_DOCKER_3", "CKV2_DOCKER_4", "CKV2_DOCKER_5", "CKV2_DOCKER_6",
            "CKV2_DOCKER_12", "CKV2_DOCKER_13", "CKV2_DOCKER_14", "CKV2_DOCKER_15", "CKV2_DOCKER_16"},
        references = {"CWE-295"})
public final class TlsVerificationDisabled implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (DockerfileContext.RunScript run : context.runScripts()) {
            for (Command c : run.script().commands()) {
                flag(c).ifPresent(w -> findings.report(w.range(), c.simpleName().orElse("the command") + " "
                        + w.text() + " accepts any certificate, so anyone on the network path can substitute what "
                        + "is downloaded; fix the CA trust store (install ca-certificates, COPY your CA) instead"));
                for (Word a : c.assignments()) {
                    TlsVariables.judge(a.text()).ifPresent(why -> findings.report(a.range(), why));
                }
            }
        }
    }

    private static Optional<Word> flag(Command c) {
        String name = c.simpleName().orElse("");
        List<Word> args = c.args();
        switch (name) {
            case "curl":
                return ShellFlags.find(c, "-k", "--insecure");
            case "wget":
                return ShellFlags.find(c, "--no-check-certificate");
            case "pip", "pip3", "pipenv", "poetry":
                return ShellFlags.find(c, "--trusted-host");
            case "npm", "yarn", "pnpm":
                return configSet(args, "strict-ssl");
            case "git":
                for (int i = 0; i + 1 < args.size(); i++) {
                    String a = args.get(i).text();
                    String next = args.get(i + 1).text().toLowerCase(Locale.ROOT);
                    if (a.equals("-c") && next.startsWith("http.sslverify=") && ShellFlags.isFalse(next.substring(15))) {
                        return Optional.of(args.get(i + 1));
                    }
                    if (a.equals("config") || a.equals("--global") || a.equals("--system")) {
                        Optional<Word> w = configSet(args, "http.sslverify");
                        if (w.isPresent()) {
                            return w;
                        }
                    }
                }
                return Optional.empty();
            case "yum-config-manager", "dnf", "yum", "tdnf":
                for (Word w : args) {
                    String t = w.text().toLowerCase(Locale.ROOT);
                    int at = t.indexOf("sslverify=");
                    if (at >= 0 && ShellFlags.isFalse(t.substring(at + "sslverify=".length()))) {
                        return Optional.of(w);
                    }
                }
                return Optional.empty();
            default:
                return Optional.empty();
        }
    }

    /** {@code <tool> config set KEY false} (or {@code KEY=false}), as npm, yarn and git write it. */
    private static Optional<Word> configSet(List<Word> args, String key) {
        for (int i = 0; i < args.size(); i++) {
            String t = args.get(i).text().toLowerCase(Locale.ROOT);
            if (t.equals(key) && i + 1 < args.size() && ShellFlags.isFalse(args.get(i + 1).text())) {
                return Optional.of(args.get(i));
            }
            if (t.startsWith(key + "=") && ShellFlags.isFalse(t.substring(key.length() + 1))) {
                return Optional.of(args.get(i));
            }
        }
        return Optional.empty();
    }
}
