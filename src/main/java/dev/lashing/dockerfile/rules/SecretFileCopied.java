package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.syntax.FileTransfer;
import dev.lashing.dockerfile.syntax.Token;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** COPY or ADD of a file whose name says it holds credentials: .env, SSH keys, .npmrc, .pypirc, cloud credentials. */
@Rule(
        id = "DF062",
        name = "secret-file-copied",
        summary = "File that usually holds credentials copied into the image (.env, id_rsa, *.pem, .npmrc, ...)",
        severity = Severity.WARNING,
        practices = {"P21"},
        aliases = {"CIS-DI-0010"},
        references = {"CWE-538", "https://docs.docker.com/build/building/secrets/"})
public final class SecretFileCopied implements DockerfileRule {
    private static final Set<String> NAMES = Set.of(".env", "id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", ".npmrc",
            ".pypirc", ".netrc", ".git-credentials", ".dockercfg", "credentials", "credentials.json",
            "service-account.json", "secrets.yaml", "secrets.yml", "secrets.json", ".htpasswd", "kubeconfig",
            "terraform.tfvars", ".boto", ".s3cfg", "master.key", "vault-token", ".vault-token");
    private static final Set<String> EXTENSIONS = Set.of("key", "p12", "pfx", "jks", "keystore", "ppk", "kdbx",
            "ovpn", "tfstate");
    private static final Set<String> DIRS = Set.of(".ssh", ".aws", ".gnupg", ".kube", ".docker", ".azure", ".gcloud");

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (FileTransfer copy : context.all(FileTransfer.class)) {
            if (copy instanceof dev.lashing.dockerfile.syntax.Copy c && c.from().isPresent()) {
                continue;
            }
            for (Token source : copy.sources()) {
                if (copy.heredoc(source).isPresent()) {
                    continue;
                }
                String path = context.expand(copy, source.text()).value();
                kind(path).ifPresent(why -> findings.report(source.range(), copy.syntax().name() + " " + source.text()
                        + " puts " + why + " into a layer, where anyone who can pull the image can read it (deleting it "
                        + "later does not help); use RUN --mount=type=secret, or exclude it in .dockerignore"));
            }
        }
    }

    /** What {@code path} holds, judged by its name. */
    static Optional<String> kind(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        String[] parts = lower.split("/");
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (DIRS.contains(part)) {
                return Optional.of("a credentials directory (" + part + ")");
            }
            if (i == parts.length - 1) {
                if (NAMES.contains(part) || part.startsWith(".env.") && !part.endsWith(".example")
                        && !part.endsWith(".sample") && !part.endsWith(".template") && !part.endsWith(".dist")) {
                    return Optional.of("a credentials file (" + part + ")");
                }
                int dot = part.lastIndexOf('.');
                String ext = dot > 0 ? part.substring(dot + 1) : "";
                boolean privatePem = ext.equals("pem") && (part.contains("key") || part.contains("priv"))
                        && !part.contains("pub");
                if (EXTENSIONS.contains(ext) && !part.contains("public") || privatePem) {
                    return Optional.of("a private key or key store (" + part + ")");
                }
            }
        }
        return Optional.empty();
    }
}
