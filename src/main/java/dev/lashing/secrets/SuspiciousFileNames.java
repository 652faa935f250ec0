package dev.lashing.secrets;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Files that hold secrets by their name alone (dockle CIS-DI-0010's lists, extended). {@code .pem},
 * {@code .key} and {@code .crt} are not here: they hold certificates as often as keys (CA bundles
 * under {@code /etc/ssl}), so only their content decides.
 */
public final class SuspiciousFileNames {
    /** Exact base names (lower-case) and why they are secret. */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("credentials.json", "credentials file"),
            Map.entry("credential.json", "credentials file"),
            Map.entry("credentials", "credentials file"),
            Map.entry("credential", "credentials file"),
            Map.entry("credentials.xml", "credentials file"),
            Map.entry("password.txt", "password file"),
            Map.entry("passwords.txt", "password file"),
            Map.entry("id_rsa", "SSH private key"),
            Map.entry("id_dsa", "SSH private key"),
            Map.entry("id_ecdsa", "SSH private key"),
            Map.entry("id_ed25519", "SSH private key"),
            Map.entry("id_ecdsa_sk", "SSH private key"),
            Map.entry("id_ed25519_sk", "SSH private key"),
            Map.entry("secret_token.rb", "Rails secret token"),
            Map.entry("master.key", "Rails master key"),
            Map.entry("carrierwave.rb", "CarrierWave credentials"),
            Map.entry("omniauth.rb", "OmniAuth credentials"),
            Map.entry("database.yml", "database credentials"),
            Map.entry(".env", "environment file with secrets"),
            Map.entry(".git-credentials", "git credential store"),
            Map.entry(".netrc", "netrc credentials"),
            Map.entry("_netrc", "netrc credentials"),
            Map.entry(".pgpass", "PostgreSQL password file"),
            Map.entry(".my.cnf", "MySQL client credentials"),
            Map.entry(".htpasswd", "HTTP password file"),
            Map.entry(".npmrc", "npm registry credentials"),
            Map.entry(".pypirc", "PyPI credentials"),
            Map.entry(".dockercfg", "Docker registry credentials"),
            Map.entry(".vault-token", "Vault token"),
            Map.entry("terraform.tfstate", "Terraform state (holds secrets in clear)"),
            Map.entry("terraform.tfvars", "Terraform variables"));
    /** Extensions (lower-case, without the dot) and why they are secret. */
    private static final Map<String, String> EXTENSIONS = Map.ofEntries(
            Map.entry("ovpn", "OpenVPN profile"),
            Map.entry("private_key", "private key file"),
            Map.entry("secret", "secret file"),
            Map.entry("jks", "Java keystore"),
            Map.entry("keystore", "Java keystore"),
            Map.entry("p12", "PKCS#12 key store"),
            Map.entry("pfx", "PKCS#12 key store"),
            Map.entry("pkcs12", "PKCS#12 key store"),
            Map.entry("kdbx", "KeePass database"),
            Map.entry("kdb", "KeePass database"),
            Map.entry("psafe3", "Password Safe database"),
            Map.entry("agilekeychain", "1Password keychain"),
            Map.entry("keychain", "keychain"),
            Map.entry("cscfg", "Azure cloud service configuration"),
            Map.entry("rdp", "Remote Desktop profile"),
            Map.entry("bek", "BitLocker recovery key"),
            Map.entry("tpm", "BitLocker TPM key"),
            Map.entry("fve", "BitLocker volume key"));
    /** {@code .env.*} variants that are templates, not secrets. */
    private static final Set<String> ENV_TEMPLATES = Set.of(".env.example", ".env.sample", ".env.template",
            ".env.dist", ".env.defaults", ".env.schema");
    /** Path suffixes (after a slash) of per-user credential stores. */
    private static final Map<String, String> SUFFIXES = Map.of(
            ".docker/config.json", "Docker registry credentials",
            ".aws/credentials", "AWS credentials",
            ".aws/config", "AWS configuration (may hold keys)",
            ".kube/config", "Kubernetes credentials",
            ".config/gcloud/credentials.db", "gcloud credentials",
            ".config/gcloud/application_default_credentials.json", "gcloud application default credentials",
            ".azure/accesstokens.json", "Azure CLI tokens",
            ".config/gh/hosts.yml", "GitHub CLI token",
            ".ssh/id_rsa", "SSH private key");

    private SuspiciousFileNames() {}

    /** Why a file at {@code path} is a secret by its name, if it is. */
    public static Optional<String> classify(String path) {
        String p = SecretAllowRules.normalise(path).toLowerCase(Locale.ROOT);
        String name = p.substring(p.lastIndexOf('/') + 1);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String byName = NAMES.get(name);
        if (byName != null) {
            return Optional.of(byName + " (" + name + ")");
        }
        if (name.startsWith(".env.") && !ENV_TEMPLATES.contains(name)) {
            return Optional.of("environment file with secrets (" + name + ")");
        }
        for (Map.Entry<String, String> e : SUFFIXES.entrySet()) {
            if (p.endsWith("/" + e.getKey())) {
                return Optional.of(e.getValue() + " (" + e.getKey() + ")");
            }
        }
        int dot = name.lastIndexOf('.');
        if (dot >= 0) {
            String byExt = EXTENSIONS.get(name.substring(dot + 1));
            if (byExt != null) {
                return Optional.of(byExt + " (*" + name.substring(dot) + ")");
            }
        }
        return Optional.empty();
    }
}
