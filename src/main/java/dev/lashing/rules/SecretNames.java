package dev.lashing.rules;

import com.google.re2j.Pattern;
import dev.lashing.secrets.SecretAllowRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a variable name or a value looks like a secret. Names are split into tokens (at
 * {@code _ - .} and camelCase boundaries) and judged on whole tokens, never substrings, so
 * {@code KEYCLOAK_VERSION} or {@code NODE_GPG_KEYS} are not secrets while {@code DB_PASSWORD} and
 * {@code stripeApiKey} are. Shared by every rule that looks at environment variables.
 */
public final class SecretNames {
    /** Well-known secret variables, matched exactly (case-insensitively). */
    private static final Set<String> KNOWN = Set.of("aws_access_key_id", "aws_secret_access_key", "aws_session_token",
            "azure_client_secret", "github_token", "gh_token", "gh_enterprise_token", "github_enterprise_token",
            "openai_api_key", "anthropic_api_key", "hf_token", "huggingface_token", "digitalocean_access_token",
            "dockerhub_password", "docker_password", "firebase_token", "ci_deploy_password", "ci_job_token",
            "google_api_key", "langsmith_api_key", "langchain_api_key", "heroku_api_key", "npm_token", "nuget_api_key",
            "slack_token", "slack_webhook_url", "sonar_token", "codecov_token", "snyk_token", "vault_token",
            "consul_http_token", "gitlab_token", "bitbucket_app_password", "sentry_auth_token", "stripe_secret_key",
            "twilio_auth_token", "sendgrid_api_key", "mailgun_api_key", "datadog_api_key", "dd_api_key",
            "new_relic_license_key", "pypi_token", "twine_password", "cargo_registry_token", "app_key",
            "django_secret_key", "secret_key_base", "rails_master_key", "jwt_secret");
    /** Tokens that make a name secret on their own. */
    private static final Set<String> SECRET_TOKENS = Set.of("password", "passwd", "passphrase", "pass",
            "psw", "secret", "secrets", "token", "credential", "credentials", "creds", "apikey", "privatekey",
            "accesskey", "secretkey", "authkey");
    /** Tokens that, followed by "key", make a secret: api key, access key, private key... */
    private static final Set<String> KEY_QUALIFIERS = Set.of("api", "access", "secret", "private", "auth", "encryption",
            "signing", "master", "license", "session", "app", "client", "service", "account");
    /** Tokens saying the variable holds something about a secret, not the secret itself. */
    private static final Set<String> NOT_SECRET = Set.of("file", "files", "path", "dir", "directory", "url", "uri",
            "host", "port", "length", "len", "size", "type", "algorithm", "alg", "fingerprint", "public", "pub",
            "gpg", "pgp", "keyring", "keyserver", "keyservers", "enabled", "enable", "disable", "disabled",
            "required", "mode", "timeout", "ttl", "expiry", "expires", "expiration", "header", "policy", "prompt",
            "min", "max", "count", "version", "format", "endpoint", "location", "id", "name", "names", "field",
            "env", "var", "hint", "reset", "rotation", "validity", "complexity", "strength", "regex", "pattern",
            "provider", "method", "command", "cmd", "helper", "store", "manager", "server", "issuer", "audience",
            "scope", "scopes", "lifetime", "refresh_interval", "interval", "retries", "checksum", "sha256", "hash",
            "mount", "source", "target", "bypass");
    /**
     * A kind of credential recognised by its format; {@code needle} is a literal every match
     * contains, checked first so that the pattern only runs on the few values that can match.
     */
    private record Kind(String description, String needle, Pattern pattern) {
        Kind(String description, Pattern pattern) {
            this(description, needleOf(pattern.pattern()), pattern);
        }
    }

    /** The longest run of literal characters at the start of a pattern (after a word boundary). */
    private static String needleOf(String pattern) {
        String p = pattern.startsWith("\\b") ? pattern.substring(2) : pattern;
        p = p.startsWith("(?:") ? "" : p;
        StringBuilder sb = new StringBuilder();
        for (char c : p.toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '_' || c == '-') {
                sb.append(c);
            } else {
                break;
            }
        }
        return sb.toString();
    }

    /** Values that are secrets whatever the variable is called (RE2J: linear time on any input). */
    private static final List<Kind> VALUE_PATTERNS = List.of(
            new Kind("an AWS access key id", "IA", Pattern.compile("\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b")),
            new Kind("a GitHub token", Pattern.compile("\\bgh[pousr]_[A-Za-z0-9]{36,}\\b")),
            new Kind("a GitHub token", Pattern.compile("\\bgithub_pat_[A-Za-z0-9_]{22,}\\b")),
            new Kind("a GitLab token", Pattern.compile("\\bglpat-[A-Za-z0-9_-]{20,}\\b")),
            new Kind("a Slack token", Pattern.compile("\\bxox[abprs]-[A-Za-z0-9-]{10,}\\b")),
            new Kind("a private key", Pattern.compile("-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----")),
            new Kind("a Stripe secret key", "_live_", Pattern.compile("\\b(?:sk|rk)_live_[A-Za-z0-9]{16,}\\b")),
            new Kind("a Google API key", Pattern.compile("\\bAIza[0-9A-Za-z_-]{35}\\b")),
            new Kind("an npm token", Pattern.compile("\\bnpm_[A-Za-z0-9]{36}\\b")),
            new Kind("an OpenAI or Anthropic API key", "sk-", Pattern.compile("\\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{32,}\\b")),
            new Kind("a Hugging Face token", Pattern.compile("\\bhf_[A-Za-z0-9]{34,}\\b")),
            new Kind("a PyPI token", Pattern.compile("\\bpypi-[A-Za-z0-9_-]{50,}\\b")),
            new Kind("a JSON Web Token", Pattern.compile(
                    "\\beyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}")),
            new Kind("a URL with a password", "://", Pattern.compile("[a-z][a-z0-9+.-]*://[^/\\s:@]+:([^/\\s:@$]+)@")));

    /**
     * Values that stand for a secret to be filled in, or that switch something about a secret on or off
     * ({@code ALLOW_EMPTY_PASSWORD=yes}, {@code MYSQL_RANDOM_ROOT_PASSWORD=1}): not secrets.
     */
    private static final Set<String> PLACEHOLDERS = Set.of("changeme", "change-me", "change_me", "xxx", "xxxx", "none",
            "null", "secret", "password", "todo", "placeholder", "dummy", "example", "redacted", "-", "false", "true",
            "yes", "no", "y", "n", "on", "off", "0", "1", "enabled", "disabled");

    /** No recognised credential format is shorter than this ({@code a://b:c@} is the shortest match). */
    private static final int MIN_SECRET_LENGTH = 8;

    private final Set<String> allowed;
    private final Set<String> extra;

    private SecretNames(Set<String> allowed, Set<String> extra) {
        this.allowed = allowed;
        this.extra = extra;
    }

    /**
     * A judge with user settings: {@code secret-names} adds exact names that are secrets,
     * {@code secret-names-allow} exact names that are not.
     */
    public static SecretNames from(Settings settings) {
        return new SecretNames(lower(settings.stringList("secret-names-allow")), lower(settings.stringList("secret-names")));
    }

    private static Set<String> lower(List<String> names) {
        return Set.copyOf(names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList());
    }

    /** True when {@code name} names a secret. */
    public boolean isSecretName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (allowed.contains(lower)) {
            return false;
        }
        if (extra.contains(lower) || KNOWN.contains(lower) || KNOWN.contains(stripFrontendPrefix(lower))) {
            return true;
        }
        List<String> tokens = tokens(name);
        boolean secret = false;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (NOT_SECRET.contains(t)) {
                return false;
            }
            if (SECRET_TOKENS.contains(t) || (t.equals("key") && i > 0 && KEY_QUALIFIERS.contains(tokens.get(i - 1)))) {
                secret = true;
            }
        }
        return secret;
    }

    /** A description of the secret {@code value} contains, if it contains a known kind of secret. */
    public static Optional<String> secretInValue(String value) {
        if (value.length() < MIN_SECRET_LENGTH) {
            return Optional.empty();
        }
        for (Kind k : VALUE_PATTERNS) {
            if (!value.contains(k.needle())) {
                continue;
            }
            var m = k.pattern().matcher(value);
            while (m.find()) {
                CharSequence match = value.subSequence(m.start(), m.end());
                // the secret part: a URL's password, else the whole match
                CharSequence secret = m.groupCount() >= 1 && m.group(1) != null ? m.group(1) : match;
                // documented example keys (AWS's AKIAIOSFODNN7EXAMPLE) and placeholders are not secrets,
                // by the same allow rules as the secret scan of file content
                if (SecretAllowRules.allowedValue(match, secret).isEmpty()) {
                    return Optional.of(k.description());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * True when {@code value} is a placeholder, a switch or a reference, not a secret: empty, {@code changeme},
     * {@code yes}, {@code 1},
     * {@code ${X}}, {@code <x>}, {@code {{ x }}}, a {@code /run/secrets/} path, only {@code x} or {@code *}, or
     * what the secret scan takes for a placeholder ({@code INSERT_TOKEN}, {@code your-api-key}, {@code example}).
     */
    public static boolean isPlaceholder(String value) {
        String v = value.trim();
        if (v.isEmpty() || v.startsWith("$") || v.startsWith("<") && v.endsWith(">") || v.startsWith("{{")
                || v.startsWith("/run/secrets/")) {
            return true;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        return PLACEHOLDERS.contains(lower) || lower.chars().allMatch(c -> c == 'x' || c == '*')
                || SecretAllowRules.allowedValue(v, v).isPresent(); // INSERT_..., your-..., example, as the secret scan
    }

    private static String stripFrontendPrefix(String lower) {
        for (String prefix : List.of("vite_", "react_app_", "next_public_", "nuxt_")) {
            if (lower.startsWith(prefix)) {
                return lower.substring(prefix.length());
            }
        }
        return lower;
    }

    /** Splits a name into lower-case tokens at {@code _ - .} and lower-to-upper case changes. */
    static List<String> tokens(String name) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '_' || c == '-' || c == '.') {
                flush(cur, out);
                continue;
            }
            if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(name.charAt(i - 1))) {
                flush(cur, out);
            }
            cur.append(Character.toLowerCase(c));
        }
        flush(cur, out);
        return out;
    }

    private static void flush(StringBuilder cur, List<String> out) {
        if (cur.length() > 0) {
            out.add(cur.toString());
            cur.setLength(0);
        }
    }
}
