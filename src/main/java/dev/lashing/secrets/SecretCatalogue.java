package dev.lashing.secrets;

import static dev.lashing.core.Severity.ERROR;
import static dev.lashing.core.Severity.WARNING;
import static dev.lashing.secrets.SecretRule.of;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in secret rules, written from the published token formats. ERROR is for live cloud,
 * VCS, registry and payment credentials and private keys; WARNING for other service tokens. A rule
 * earlier in the list wins when two rules report the same characters.
 */
public final class SecretCatalogue {
    /** End of a token made of {@code [A-Za-z0-9_-]}: a character outside that set, or the end of the text. */
    private static final String END = "(?:[^A-Za-z0-9_-]|$)";
    /** End of a base64 value: a character that cannot continue it, or the end of the text. */
    private static final String B64_END = "(?:[^A-Za-z0-9+/=]|$)";
    /** A name-to-value assignment in env files, YAML, JSON, TOML, code: {@code = : => :=} with quotes. */
    private static final String ASSIGN = "[\"']?\\s*(?:[:=]|=>|:=)\\s*[\"']?";

    private static final List<SecretRule> RULES = List.of(
            // AWS
            of("aws-access-key-id", "AWS", "AWS access key ID", ERROR,
                    "\\b(?P<secret>(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16})\\b",
                    "akia", "asia", "abia", "acca", "a3t"),
            of("aws-secret-access-key", "AWS", "AWS secret access key", ERROR,
                    "(?i)(?:aws[a-z0-9_.-]{0,30}|secret_?access_?key)" + ASSIGN
                            + "(?P<secret>[A-Za-z0-9/+]{40})" + B64_END,
                    "aws", "secretaccesskey", "secret_access_key"),
            // GitHub
            of("github-pat", "GitHub", "GitHub personal access token (classic)", ERROR,
                    "\\b(?P<secret>ghp_[A-Za-z0-9]{36})\\b", "ghp_"),
            of("github-oauth-token", "GitHub", "GitHub OAuth access token", ERROR,
                    "\\b(?P<secret>gho_[A-Za-z0-9]{36})\\b", "gho_"),
            of("github-app-token", "GitHub", "GitHub App user-to-server or installation token", ERROR,
                    "\\b(?P<secret>gh[us]_[A-Za-z0-9]{36})\\b", "ghu_", "ghs_"),
            of("github-refresh-token", "GitHub", "GitHub refresh token", ERROR,
                    "\\b(?P<secret>ghr_[A-Za-z0-9]{36,76})\\b", "ghr_"),
            of("github-fine-grained-pat", "GitHub", "GitHub fine-grained personal access token", ERROR,
                    "\\b(?P<secret>github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\\b", "github_pat_"),
            // GitLab
            of("gitlab-pat", "GitLab", "GitLab personal access token", ERROR,
                    "\\b(?P<secret>glpat-[A-Za-z0-9_-]{20,64})" + END, "glpat-"),
            of("gitlab-pipeline-trigger-token", "GitLab", "GitLab pipeline trigger token", ERROR,
                    "\\b(?P<secret>glptt-[0-9a-f]{40})\\b", "glptt-"),
            of("gitlab-runner-token", "GitLab", "GitLab runner authentication token", ERROR,
                    "\\b(?P<secret>glrt-[A-Za-z0-9_-]{20,64})" + END, "glrt-"),
            of("gitlab-deploy-token", "GitLab", "GitLab deploy token", ERROR,
                    "\\b(?P<secret>gldt-[A-Za-z0-9_-]{20,64})" + END, "gldt-"),
            // Private keys (a certificate or a public key is never a secret)
            of("private-key", "AsymmetricPrivateKey", "Asymmetric private key", ERROR,
                    "-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----\\s*"
                            + "(?P<secret>[A-Za-z0-9+/=][A-Za-z0-9+/=\\s:,.()@_<>\\\\-]{38,}?[A-Za-z0-9+/=])\\s*"
                            + "-----END[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----",
                    "private key").wholeText(),
            of("putty-private-key", "AsymmetricPrivateKey", "PuTTY private key", ERROR,
                    "PuTTY-User-Key-File-[0-9]+:[\\s\\S]*?Private-Lines:\\s*[0-9]+\\s*"
                            + "(?P<secret>[A-Za-z0-9+/=][A-Za-z0-9+/=\\s]{18,}?[A-Za-z0-9+/=])\\s*Private-(?:MAC|Hash)",
                    "putty-user-key-file").wholeText(),
            of("age-secret-key", "Age", "age secret key", ERROR,
                    "(?P<secret>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})\\b", "age-secret-key-1"),
            // Google
            of("gcp-service-account", "Google", "GCP service account key (JSON)", ERROR,
                    "\"type\"\\s*:\\s*\"service_account\"[\\s\\S]*?\"private_key\"\\s*:\\s*\"(?P<secret>[^\"]{64,})\"",
                    "service_account").wholeText(),
            of("gcp-oauth-client-secret", "Google", "Google OAuth client secret", ERROR,
                    "\\b(?P<secret>GOCSPX-[A-Za-z0-9_-]{28})" + END, "gocspx-"),
            of("google-api-key", "Google", "Google API key", WARNING,
                    "\\b(?P<secret>AIza[A-Za-z0-9_-]{35})" + END, "aiza"),
            // Azure
            of("azure-storage-account-key", "Azure", "Azure storage account key", ERROR,
                    "AccountKey=(?P<secret>[A-Za-z0-9+/]{86}==)", "accountkey="),
            of("azure-shared-access-key", "Azure", "Azure Service Bus / Event Hubs shared access key", ERROR,
                    "SharedAccessKey=(?P<secret>[A-Za-z0-9+/]{42,44}=)", "sharedaccesskey="),
            of("azure-sas-token", "Azure", "Azure shared access signature", ERROR,
                    "\\bsv=[0-9]{4}-[0-9]{2}-[0-9]{2}&[^\\s\"'<>]{0,300}?\\bsig=(?P<secret>[A-Za-z0-9%+/]{40,90}(?:%3[Dd]|=){0,2})",
                    "sig=").near(400),
            of("azure-entra-client-secret", "Azure", "Azure Entra ID client secret", ERROR,
                    "(?P<secret>[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?:[^A-Za-z0-9_~.-]|$)", "q~")
                    .guardLeft("~.-").near(60),
            of("azure-app-config-connection-string", "Azure", "Azure App Configuration connection string", ERROR,
                    "Endpoint=https://[A-Za-z0-9-]{1,64}\\.azconfig\\.io;Id=[^;\\s]{1,64};Secret=(?P<secret>[A-Za-z0-9+/]{40,64}={0,2})",
                    ".azconfig.io").near(200),
            // Other clouds
            of("alibaba-access-key-id", "Alibaba", "Alibaba Cloud AccessKey ID", ERROR,
                    "\\b(?P<secret>LTAI[A-Za-z0-9]{12,20})\\b", "ltai"),
            of("digitalocean-token", "DigitalOcean", "DigitalOcean personal access, OAuth or refresh token", ERROR,
                    "\\b(?P<secret>do[opr]_v1_[a-f0-9]{64})\\b", "dop_v1_", "doo_v1_", "dor_v1_"),
            of("heroku-api-key", "Heroku", "Heroku API key", ERROR,
                    "(?i)heroku[a-z0-9_ .-]{0,30}" + ASSIGN
                            + "(?P<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\b",
                    "heroku"),
            of("heroku-api-key-v2", "Heroku", "Heroku API key", ERROR,
                    "\\b(?P<secret>HRKU-[A-Za-z0-9_-]{60})" + END, "hrku-"),
            of("hashicorp-vault-token", "HashiCorp", "HashiCorp Vault service or batch token", ERROR,
                    "\\b(?P<secret>hv[sb]\\.[A-Za-z0-9_-]{24,})" + END, "hvs.", "hvb."),
            of("hashicorp-terraform-token", "HashiCorp", "Terraform Cloud / Enterprise API token", ERROR,
                    "\\b(?P<secret>[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70})(?:[^A-Za-z0-9_=-]|$)",
                    ".atlasv1.").near(120),
            of("pulumi-access-token", "Pulumi", "Pulumi access token", WARNING,
                    "\\b(?P<secret>pul-[a-f0-9]{40})\\b", "pul-"),
            of("databricks-token", "Databricks", "Databricks personal access token", WARNING,
                    "\\b(?P<secret>dapi[a-f0-9]{32}(?:-[0-9])?)\\b", "dapi"),
            // Registries and package publishing
            of("docker-config-auth", "Docker", "Docker registry credentials (config.json auths)", ERROR,
                    "\"auth\"\\s*:\\s*\"(?P<secret>[A-Za-z0-9+/]{8,}={0,2})\"", "\"auths\"").wholeText(),
            of("pypi-upload-token", "PyPI", "PyPI upload token", WARNING,
                    "\\b(?P<secret>pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,})" + END, "pypi-ageichlwas5vcmc"),
            of("npm-access-token", "npm", "npm access token", WARNING,
                    "\\b(?P<secret>npm_[A-Za-z0-9]{36})\\b", "npm_"),
            of("rubygems-api-key", "RubyGems", "RubyGems API key", WARNING,
                    "\\b(?P<secret>rubygems_[a-f0-9]{48})\\b", "rubygems_"),
            // Payment and commerce
            of("stripe-secret-key", "Stripe", "Stripe live secret or restricted key", ERROR,
                    "\\b(?P<secret>[sr]k_live_[A-Za-z0-9]{24,99})\\b", "sk_live_", "rk_live_"),
            of("square-access-token", "Square", "Square access token", ERROR,
                    "\\b(?P<secret>(?:EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22}))" + END, "eaaa", "sq0atp-"),
            of("square-oauth-secret", "Square", "Square OAuth secret", ERROR,
                    "\\b(?P<secret>sq0csp-[A-Za-z0-9_-]{43})" + END, "sq0csp-"),
            of("shopify-token", "Shopify", "Shopify access token or shared secret", WARNING,
                    "\\b(?P<secret>shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})\\b", "shpat_", "shpca_", "shppa_", "shpss_"),
            // VCS-adjacent SaaS
            of("atlassian-api-token", "Atlassian", "Atlassian API token", WARNING,
                    "\\b(?P<secret>ATATT3[A-Za-z0-9_=-]{150,250})(?:[^A-Za-z0-9_=-]|$)", "atatt3"),
            of("bitbucket-app-password", "Atlassian", "Bitbucket app password", ERROR,
                    "\\b(?P<secret>ATBB[A-Za-z0-9_=.-]{28,40})(?:[^A-Za-z0-9_=.-]|$)", "atbb"),
            // Chat and messaging
            of("slack-token", "Slack", "Slack token", WARNING,
                    "\\b(?P<secret>xox[baprs]-[0-9A-Za-z]{4,}(?:-[0-9A-Za-z]{4,}){1,5})\\b",
                    "xoxb-", "xoxa-", "xoxp-", "xoxr-", "xoxs-"),
            of("slack-app-token", "Slack", "Slack app-level token", WARNING,
                    "\\b(?P<secret>xapp-[0-9]-[A-Z0-9]{6,}-[0-9]{6,}-[a-z0-9]{32,})\\b", "xapp-"),
            of("slack-webhook", "Slack", "Slack incoming webhook URL", WARNING,
                    "https://hooks\\.slack\\.com/(?:services|workflows|triggers)/(?P<secret>[A-Za-z0-9+/_-]{30,})",
                    "hooks.slack.com").near(300),
            of("discord-webhook", "Discord", "Discord webhook URL", WARNING,
                    "https://(?:ptb\\.|canary\\.)?discord(?:app)?\\.com/api/webhooks/[0-9]{5,20}/(?P<secret>[A-Za-z0-9_-]{60,70})",
                    "discord").near(300),
            of("discord-bot-token", "Discord", "Discord bot token", WARNING,
                    "(?i)discord[a-z0-9_ .-]{0,30}" + ASSIGN
                            + "(?P<secret>[MNO][A-Za-z0-9_-]{23,27}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,40})" + END,
                    "discord"),
            of("telegram-bot-token", "Telegram", "Telegram bot token", WARNING,
                    "\\b(?P<secret>[0-9]{8,10}:AA[A-Za-z0-9_-]{33})" + END, ":aa").near(60),
            of("twilio-api-key", "Twilio", "Twilio API key", WARNING,
                    "\\b(?P<secret>SK[0-9a-fA-F]{32})\\b", "sk"),
            of("twilio-auth-token", "Twilio", "Twilio auth token", WARNING,
                    "(?i)twilio[a-z0-9_.-]{0,30}" + ASSIGN + "(?P<secret>[0-9a-f]{32})\\b", "twilio"),
            // Email and marketing
            of("sendgrid-api-key", "SendGrid", "SendGrid API key", WARNING,
                    "\\b(?P<secret>SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43})" + END, "sg."),
            of("mailgun-api-key", "Mailgun", "Mailgun API key", WARNING,
                    "\\b(?P<secret>key-[0-9a-f]{32})\\b", "key-"),
            of("mailchimp-api-key", "Mailchimp", "Mailchimp API key", WARNING,
                    "\\b(?P<secret>[0-9a-f]{32}-us[0-9]{1,2})\\b", "-us").near(60),
            // AI providers
            of("openai-api-key", "OpenAI", "OpenAI API key", WARNING,
                    "\\b(?P<secret>sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{16,}T3BlbkFJ[A-Za-z0-9_-]{16,})" + END,
                    "t3blbkfj").near(200),
            of("openai-project-key", "OpenAI", "OpenAI project API key", WARNING,
                    "\\b(?P<secret>sk-proj-[A-Za-z0-9_-]{40,})" + END, "sk-proj-"),
            of("anthropic-api-key", "Anthropic", "Anthropic API key", WARNING,
                    "\\b(?P<secret>sk-ant-[a-z0-9]{2,10}-[A-Za-z0-9_-]{80,120})" + END, "sk-ant-"),
            of("huggingface-token", "HuggingFace", "Hugging Face access token", WARNING,
                    "\\b(?P<secret>hf_[A-Za-z0-9]{34,40})\\b", "hf_"),
            of("groq-api-key", "Groq", "Groq API key", WARNING,
                    "\\b(?P<secret>gsk_[A-Za-z0-9]{52})\\b", "gsk_"),
            of("replicate-api-token", "Replicate", "Replicate API token", WARNING,
                    "\\b(?P<secret>r8_[A-Za-z0-9]{37})\\b", "r8_"),
            // Observability and developer tools
            of("grafana-cloud-token", "Grafana", "Grafana Cloud access policy token", WARNING,
                    "\\b(?P<secret>glc_[A-Za-z0-9+/]{32,400}={0,2})" + B64_END, "glc_"),
            of("grafana-service-account-token", "Grafana", "Grafana service account token", WARNING,
                    "\\b(?P<secret>glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})\\b", "glsa_"),
            of("grafana-api-key", "Grafana", "Grafana API key (legacy)", WARNING,
                    "\\b(?P<secret>eyJrIjoi[A-Za-z0-9]{60,400}={0,2})" + B64_END, "eyjrijoi"),
            of("new-relic-user-api-key", "NewRelic", "New Relic user API key", WARNING,
                    "\\b(?P<secret>NRAK-[A-Z0-9]{27})\\b", "nrak-"),
            of("postman-api-key", "Postman", "Postman API key", WARNING,
                    "\\b(?P<secret>PMAK-[a-f0-9]{24}-[a-f0-9]{34})\\b", "pmak-"),
            of("dynatrace-token", "Dynatrace", "Dynatrace API token", WARNING,
                    "\\b(?P<secret>dt0c01\\.[A-Z0-9]{24}\\.[A-Z0-9]{64})\\b", "dt0c01."),
            of("sentry-auth-token", "Sentry", "Sentry auth token", WARNING,
                    "\\b(?P<secret>sntry[su]_[A-Za-z0-9+/=_]{40,400})(?:[^A-Za-z0-9+/=_]|$)", "sntrys_", "sntryu_"),
            of("linear-api-key", "Linear", "Linear API key", WARNING,
                    "\\b(?P<secret>lin_api_[A-Za-z0-9]{40})\\b", "lin_api_"),
            of("doppler-token", "Doppler", "Doppler token", WARNING,
                    "\\b(?P<secret>dp\\.(?:pt|st|sa|ct|scim|audit)\\.[A-Za-z0-9]{40,44})\\b",
                    "dp.pt.", "dp.st.", "dp.sa.", "dp.ct.", "dp.scim.", "dp.audit."),
            of("dropbox-token", "Dropbox", "Dropbox short-lived access token", WARNING,
                    "\\b(?P<secret>sl\\.[A-Za-z0-9_.-]{130,160})" + END, "sl."),
            of("mapbox-secret-token", "Mapbox", "Mapbox secret token", WARNING,
                    "\\b(?P<secret>sk\\.eyJ[A-Za-z0-9_-]{40,}\\.[A-Za-z0-9_-]{20,})" + END, "sk.eyj"),
            of("supabase-token", "Supabase", "Supabase personal access token", WARNING,
                    "\\b(?P<secret>sbp_[a-f0-9]{40})\\b", "sbp_"),
            of("jwt", "JWT", "JSON Web Token", WARNING,
                    "\\b(?P<secret>eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,})" + END, "eyj"),
            // Credentials in well-known configuration files
            of("maven-settings-password", "Maven", "Password in Maven settings.xml", WARNING,
                    "<(?:password|passphrase)>\\s*(?P<secret>[^<\\s$][^<]{0,500}?)\\s*</(?:password|passphrase)>",
                    "<password>", "<passphrase>").onlyIn("settings.xml"),
            of("maven-settings-security-master", "Maven", "Maven master password (settings-security.xml)", WARNING,
                    "<master>\\s*(?P<secret>\\{[^<\\s]{8,}\\})\\s*</master>", "<master>").onlyIn("settings-security.xml"),
            of("npmrc-auth", "npm", "Registry credential in .npmrc", WARNING,
                    "(?:_authToken|_auth|_password)\\s*=\\s*[\"']?(?P<secret>[^\\s\"'$][^\\s\"']{5,})", "_auth", "_password")
                    .onlyIn(".npmrc"),
            of("pypirc-password", "PyPI", "Password in .pypirc", WARNING,
                    "(?m)^[ \\t]*password[ \\t]*[:=][ \\t]*(?P<secret>[^\\s$%{][^\\r\\n]*?)[ \\t\\r]*$", "password")
                    .wholeText().onlyIn(".pypirc"),
            of("netrc-password", "netrc", "Password in .netrc", WARNING,
                    "\\bpassword[ \\t\\r\\n]+(?P<secret>[^\\s$]\\S*)", "password").onlyIn(".netrc", "_netrc"),
            of("git-credentials", "Git", "Credential in .git-credentials", ERROR,
                    "(?m)^[ \\t]*[a-z][a-z0-9+.-]*://[^:/\\s@]*:(?P<secret>[^@\\s]+)@", "://").wholeText().onlyIn(".git-credentials"),
            of("url-basic-auth", "URL", "Password in a URL", WARNING,
                    "[A-Za-z][A-Za-z0-9+.-]{1,30}://[^\\s:/@'\"<>{}\\[\\]$]{1,128}:"
                            + "(?P<secret>[^\\s:/@'\"<>{}\\[\\]$][^\\s/@'\"<>]{2,127})@[A-Za-z0-9_.\\[-]{1,100}",
                    "://").near(400));

    private SecretCatalogue() {}

    /** Every built-in rule, in precedence order. */
    public static List<SecretRule> rules() {
        return RULES;
    }

    /** The rule with this id. */
    public static Optional<SecretRule> byId(String id) {
        return RULES.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The built-in rules without those whose id is in {@code disabled}. */
    public static List<SecretRule> without(Set<String> disabled) {
        List<SecretRule> out = new ArrayList<>();
        for (SecretRule r : RULES) {
            if (!disabled.contains(r.id())) {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }

    /** The distinct categories of the built-in rules. */
    public static Set<String> categories() {
        Set<String> out = new HashSet<>();
        RULES.forEach(r -> out.add(r.category()));
        return Set.copyOf(out);
    }
}
