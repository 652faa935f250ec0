package dev.lashing.secrets;

import static dev.lashing.secrets.Fake.alnum;
import static dev.lashing.secrets.Fake.b64;
import static dev.lashing.secrets.Fake.digits;
import static dev.lashing.secrets.Fake.hex;
import static dev.lashing.secrets.Fake.upper;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A positive and a negative case for every built-in rule; offsets are exact and secrets masked. */
class SecretCatalogueTest {
    /**
     * One case: {@code before + secret + after} in a file at {@code path} must give a reportable
     * match of {@code rule} covering exactly {@code secret}; {@code negative} must give no match of it.
     */
    record Case(String rule, String path, String before, String secret, String after, String negative) {
        String text() {
            return before + secret + after;
        }

        @Override
        public String toString() {
            return rule;
        }
    }

    private static Case c(String rule, String before, String secret, String after, String negative) {
        return new Case(rule, "app/config.txt", before, secret, after, negative);
    }

    private static Case c(String rule, String path, String before, String secret, String after, String negative) {
        return new Case(rule, path, before, secret, after, negative);
    }

    static List<Case> cases() {
        String pem = b64(64) + "\n" + b64(64) + "\n" + b64(30) + "==";
        String jwtHead = "eyJ" + alnum(20);
        String discord = "M" + alnum(25) + "." + alnum(6) + "." + alnum(38);
        return List.of(
                c("aws-access-key-id", "AWS_ACCESS_KEY_ID=", "AKIA" + upper(16), "\n", "id=AKIA" + upper(12) + "\n"),
                c("aws-secret-access-key", "aws_secret_access_key = ", b64(40), "\n", "some_value = " + b64(40) + "\n"),
                c("github-pat", "token: ", "ghp_" + alnum(36), "\n", "token: ghp_" + alnum(30) + "\n"),
                c("github-oauth-token", "t=", "gho_" + alnum(36), "", "t=gho_" + alnum(37)),
                c("github-app-token", "t=", "ghs_" + alnum(36), " ", "t=ghx_" + alnum(36)),
                c("github-refresh-token", "t=", "ghr_" + alnum(76), "", "t=ghr_" + alnum(20)),
                c("github-fine-grained-pat", "GH_TOKEN=", "github_pat_" + alnum(22) + "_" + alnum(59), "\n",
                        "GH_TOKEN=github_pat_" + alnum(22) + "\n"),
                c("gitlab-pat", "CI_TOKEN=", "glpat-" + alnum(20), "\n", "CI_TOKEN=glpat-" + alnum(12) + "\n"),
                c("gitlab-pipeline-trigger-token", "x ", "glptt-" + hex(40), "\n", "x glptt-" + hex(39) + "\n"),
                c("gitlab-runner-token", "token = \"", "glrt-" + alnum(24), "\"", "token = \"glrt-" + alnum(8) + "\""),
                c("gitlab-deploy-token", "p=", "gldt-" + alnum(20), "\n", "p=gldt-short\n"),
                c("private-key", "-----BEGIN RSA PRIVATE KEY-----\n", pem, "\n-----END RSA PRIVATE KEY-----\n",
                        "-----BEGIN CERTIFICATE-----\n" + pem + "\n-----END CERTIFICATE-----\n"),
                c("putty-private-key", "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nPublic-Lines: 2\n"
                        + b64(64) + "\n" + b64(20) + "\nPrivate-Lines: 1\n", b64(44), "\nPrivate-MAC: " + hex(64) + "\n",
                        "PuTTY-User-Key-File-3: ssh-ed25519\nPublic-Lines: 1\n" + b64(44) + "\n"),
                c("age-secret-key", "# created\n", "AGE-SECRET-KEY-1" + Fake.of(Fake.BECH32, 58), "\n",
                        "AGE-SECRET-KEY-1" + Fake.of(Fake.BECH32, 40) + "\n"),
                c("gcp-service-account", "{\n  \"type\": \"service_account\",\n  \"project_id\": \"p\",\n"
                        + "  \"private_key_id\": \"" + hex(40) + "\",\n  \"private_key\": \"",
                        "-----BEGIN PRIVATE KEY-----\\n" + b64(64) + "\\n" + b64(40) + "\\n-----END PRIVATE KEY-----\\n",
                        "\",\n  \"client_email\": \"a@p.iam.gserviceaccount.com\"\n}",
                        "{\"type\": \"authorized_user\", \"private_key\": \"" + b64(80) + "\"}"),
                c("gcp-oauth-client-secret", "secret=", "GOCSPX-" + alnum(28), "\n", "secret=GOCSPX-" + alnum(10) + "\n"),
                c("google-api-key", "key: ", "AIza" + alnum(35), "\n", "key: AIza" + alnum(20) + "\n"),
                c("azure-storage-account-key", "DefaultEndpointsProtocol=https;AccountName=a;AccountKey=", b64(86) + "==",
                        ";EndpointSuffix=core.windows.net", "AccountKey=" + b64(20) + "=="),
                c("azure-shared-access-key", "Endpoint=sb://x.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=",
                        b64(43) + "=", "\n", "SharedAccessKey=" + b64(10) + "="),
                c("azure-sas-token", "https://a.blob.core.windows.net/c?sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01&sig=",
                        alnum(43) + "%3D", "\n", "https://a.blob.core.windows.net/c?sv=2022-11-02&sig=short\n"),
                c("azure-entra-client-secret", "AZURE_CLIENT_SECRET=", "abc8Q~" + alnum(34), "\n",
                        "AZURE_CLIENT_SECRET=abc8Q~" + alnum(10) + "\n"),
                c("azure-app-config-connection-string", "Endpoint=https://conf.azconfig.io;Id=ab-l0-s0:xyz;Secret=",
                        b64(43) + "=", "\n", "Endpoint=https://conf.azconfig.io;Id=x;Secret=\n"),
                c("alibaba-access-key-id", "ak=", "LTAI" + alnum(20), "\n", "ak=LTAI" + alnum(5) + "\n"),
                c("digitalocean-token", "DO=", "dop_v1_" + hex(64), "\n", "DO=dop_v1_" + hex(60) + "\n"),
                c("heroku-api-key", "HEROKU_API_KEY=", Fake.uuid(), "\n", "REQUEST_ID=" + Fake.uuid() + "\n"),
                c("heroku-api-key-v2", "k=", "HRKU-" + alnum(60), "\n", "k=HRKU-" + alnum(20) + "\n"),
                c("hashicorp-vault-token", "VAULT_TOKEN=", "hvs." + alnum(90), "\n", "VAULT_TOKEN=hvs." + alnum(10) + "\n"),
                c("hashicorp-terraform-token", "token = \"", alnum(14) + ".atlasv1." + alnum(67), "\"",
                        "token = \"" + alnum(14) + ".atlasv1." + alnum(10) + "\""),
                c("pulumi-access-token", "PULUMI_ACCESS_TOKEN=", "pul-" + hex(40), "\n", "PULUMI_ACCESS_TOKEN=pul-" + hex(30)),
                c("databricks-token", "DATABRICKS_TOKEN=", "dapi" + hex(32), "\n", "DATABRICKS_TOKEN=dapi" + hex(20)),
                c("docker-config-auth", ".docker/config.json", "{\"auths\": {\"https://index.docker.io/v1/\": {\"auth\": \"",
                        b64(40) + "=", "\"}}}", "{\"credsStore\": \"desktop\", \"auth\": \"" + b64(40) + "\"}"),
                c("pypi-upload-token", "password = ", "pypi-AgEIcHlwaS5vcmc" + alnum(60), "\n", "password = pypi-" + alnum(60)),
                c("npm-access-token", "NPM_TOKEN=", "npm_" + alnum(36), "\n", "NPM_TOKEN=npm_" + alnum(20) + "\n"),
                c("rubygems-api-key", "GEM_HOST_API_KEY=", "rubygems_" + hex(48), "\n", "GEM_HOST_API_KEY=rubygems_" + hex(40)),
                c("stripe-secret-key", "STRIPE_KEY=", "sk_live_" + alnum(24), "\n", "STRIPE_KEY=sk_test_" + alnum(24) + "\n"),
                c("square-access-token", "SQUARE=", "EAAA" + alnum(60), "\n", "SQUARE=EAAA" + alnum(20) + "\n"),
                c("square-oauth-secret", "SQUARE_SECRET=", "sq0csp-" + alnum(43), "\n", "SQUARE_SECRET=sq0csp-" + alnum(20)),
                c("shopify-token", "SHOPIFY=", "shpat_" + hex(32), "\n", "SHOPIFY=shpat_" + hex(20) + "\n"),
                c("atlassian-api-token", "JIRA_TOKEN=", "ATATT3" + alnum(180), "\n", "JIRA_TOKEN=ATATT3" + alnum(50) + "\n"),
                c("bitbucket-app-password", "BB=", "ATBB" + alnum(32), "\n", "BB=ATBB" + alnum(10) + "\n"),
                c("slack-token", "SLACK_TOKEN=", "xoxb-" + digits(12) + "-" + digits(13) + "-" + alnum(24), "\n",
                        "SLACK_TOKEN=xoxb-abc\n"),
                c("slack-app-token", "SLACK_APP_TOKEN=", "xapp-1-A" + upper(10) + "-" + digits(13) + "-" + hex(64), "\n",
                        "SLACK_APP_TOKEN=xapp-1-abc\n"),
                c("slack-webhook", "url: https://hooks.slack.com/services/", "T" + upper(8) + "/B" + upper(8) + "/" + alnum(24),
                        "\n", "url: https://hooks.slack.com/services/\n"),
                c("discord-webhook", "url=https://discord.com/api/webhooks/" + digits(18) + "/", Fake.of(Fake.URLSAFE, 68),
                        "\n", "url=https://discord.com/api/webhooks/123/abc\n"),
                c("discord-bot-token", "DISCORD_TOKEN=", discord, "\n", "OTHER_TOKEN=" + discord + "\n"),
                c("telegram-bot-token", "TELEGRAM_BOT_TOKEN=", digits(10) + ":AA" + alnum(33), "\n",
                        "TELEGRAM_BOT_TOKEN=" + digits(10) + ":AB" + alnum(33) + "\n"),
                c("twilio-api-key", "TWILIO_API_KEY=", "SK" + hex(32), "\n", "TWILIO_API_KEY=SK" + hex(20) + "\n"),
                c("twilio-auth-token", "TWILIO_AUTH_TOKEN=", hex(32), "\n", "REQUEST_HASH=" + hex(32) + "\n"),
                c("sendgrid-api-key", "SENDGRID_API_KEY=", "SG." + alnum(22) + "." + alnum(43), "\n", "SENDGRID_API_KEY=SG.abc\n"),
                c("mailgun-api-key", "MAILGUN=", "key-" + hex(32), "\n", "MAILGUN=key-" + hex(10) + "\n"),
                c("mailchimp-api-key", "MAILCHIMP=", hex(32) + "-us12", "\n", "MAILCHIMP=" + hex(32) + "-eu12\n"),
                c("openai-api-key", "OPENAI_API_KEY=", "sk-" + alnum(20) + "T3BlbkFJ" + alnum(20), "\n",
                        "OPENAI_API_KEY=sk-" + alnum(48) + "\n"),
                c("openai-project-key", "OPENAI_API_KEY=", "sk-proj-" + alnum(60), "\n", "OPENAI_API_KEY=sk-proj-" + alnum(10)),
                c("anthropic-api-key", "ANTHROPIC_API_KEY=", "sk-ant-api03-" + Fake.of(Fake.URLSAFE, 95) + "AA", "\n",
                        "ANTHROPIC_API_KEY=sk-ant-api03-" + alnum(20) + "\n"),
                c("huggingface-token", "HF_TOKEN=", "hf_" + alnum(34), "\n", "HF_TOKEN=hf_" + alnum(20) + "\n"),
                c("groq-api-key", "GROQ_API_KEY=", "gsk_" + alnum(52), "\n", "GROQ_API_KEY=gsk_" + alnum(20) + "\n"),
                c("replicate-api-token", "REPLICATE_API_TOKEN=", "r8_" + alnum(37), "\n", "REPLICATE_API_TOKEN=r8_" + alnum(10)),
                c("grafana-cloud-token", "GRAFANA=", "glc_" + alnum(60), "\n", "GRAFANA=glc_" + alnum(10) + "\n"),
                c("grafana-service-account-token", "GRAFANA=", "glsa_" + alnum(32) + "_" + hex(8), "\n",
                        "GRAFANA=glsa_" + alnum(32) + "\n"),
                c("grafana-api-key", "GRAFANA=", "eyJrIjoi" + alnum(70), "\n", "GRAFANA=eyJrIjoi" + alnum(20) + "\n"),
                c("new-relic-user-api-key", "NEW_RELIC_API_KEY=", "NRAK-" + upper(27), "\n", "NEW_RELIC_API_KEY=NRAK-" + upper(10)),
                c("postman-api-key", "POSTMAN=", "PMAK-" + hex(24) + "-" + hex(34), "\n", "POSTMAN=PMAK-" + hex(24) + "\n"),
                c("dynatrace-token", "DT=", "dt0c01." + upper(24) + "." + upper(64), "\n", "DT=dt0c01." + upper(24) + "\n"),
                c("sentry-auth-token", "SENTRY_AUTH_TOKEN=", "sntrys_" + alnum(80), "\n", "SENTRY_AUTH_TOKEN=sntrys_" + alnum(10)),
                c("linear-api-key", "LINEAR=", "lin_api_" + alnum(40), "\n", "LINEAR=lin_api_" + alnum(20) + "\n"),
                c("doppler-token", "DOPPLER_TOKEN=", "dp.pt." + alnum(43), "\n", "DOPPLER_TOKEN=dp.pt." + alnum(10) + "\n"),
                c("dropbox-token", "DROPBOX=", "sl." + alnum(140), "\n", "DROPBOX=sl." + alnum(20) + "\n"),
                c("mapbox-secret-token", "MAPBOX=", "sk.eyJ" + alnum(60) + "." + alnum(22), "\n",
                        "MAPBOX=pk.eyJ" + alnum(60) + "." + alnum(22) + "\n"),
                c("supabase-token", "SUPABASE=", "sbp_" + hex(40), "\n", "SUPABASE=sbp_" + hex(20) + "\n"),
                c("jwt", "Authorization: Bearer ", jwtHead + ".eyJ" + alnum(30) + "." + Fake.of(Fake.URLSAFE, 43), "\n",
                        "Authorization: Bearer " + jwtHead + "." + alnum(10) + "\n"),
                c("maven-settings-password", "root/.m2/settings.xml", "<settings><servers><server><id>x</id><password>",
                        alnum(16), "</password></server></servers></settings>",
                        "<settings><servers><server><password>${env.REPO_PASSWORD}</password></server></servers></settings>"),
                c("maven-settings-security-master", "root/.m2/settings-security.xml", "<settingsSecurity><master>",
                        "{" + b64(40) + "=}", "</master></settingsSecurity>", "<settingsSecurity><master></master></settingsSecurity>"),
                c("npmrc-auth", "home/node/.npmrc", "//registry.npmjs.org/:_authToken=", alnum(36), "\n",
                        "//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n"),
                c("pypirc-password", "root/.pypirc", "[pypi]\nusername = __token__\npassword = ", alnum(30), "\n",
                        "[pypi]\nusername = __token__\npassword = %(PYPI_PASSWORD)s\n"),
                c("netrc-password", "root/.netrc", "machine github.com login u password ", alnum(20), "\n",
                        "machine github.com login u password $GH_TOKEN\n"),
                c("git-credentials", "root/.git-credentials", "https://user:", alnum(20), "@github.com\n",
                        "https://github.com\n"),
                c("url-basic-auth", "DATABASE_URL=postgres://app:", alnum(16), "@db:5432/app\n",
                        "DATABASE_URL=postgres://app:${DB_PASSWORD}@db:5432/app\n"));
    }

    @Test
    void everyRuleHasACaseAndIdsAreUnique() {
        Set<String> ids = new HashSet<>();
        for (SecretRule r : SecretCatalogue.rules()) {
            assertThat(ids.add(r.id())).as("duplicate id %s", r.id()).isTrue();
        }
        List<String> covered = new ArrayList<>(cases().stream().map(Case::rule).toList());
        assertThat(covered).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void everyRuleNamesItsSecretPart() {
        for (SecretRule r : SecretCatalogue.rules()) {
            assertThat(r.hasSecretGroup()).as(r.id()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsTheSecretAtItsExactOffsets(Case c) {
        String text = c.text();
        List<SecretMatch> ms = SecretScanner.defaults().scan(c.path(), text).stream()
                .filter(m -> m.ruleId().equals(c.rule())).toList();
        assertThat(ms).as("matches of %s in %s", c.rule(), c.rule()).hasSize(1);
        SecretMatch m = ms.get(0);
        assertThat(m.start()).isEqualTo(c.before().length());
        assertThat(text.substring(m.start(), m.end())).isEqualTo(c.secret());
        assertThat(m.allowedBecause()).isEmpty();
        assertThat(m.toString()).doesNotContain(c.secret());
        assertThat(m.masked()).hasSizeLessThanOrEqualTo(SecretMatch.MAX_MASKED_LENGTH)
                .startsWith(c.secret().substring(0, Math.min(4, c.secret().length() / 4)));
        assertThat(m.masked().replace("*", "")).hasSizeLessThanOrEqualTo(4);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ignoresTheNearMiss(Case c) {
        assertThat(SecretScanner.defaults().scan(c.path(), c.negative())).extracting(SecretMatch::ruleId)
                .doesNotContain(c.rule());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsTheSecretAmidOtherText(Case c) {
        String filler = "# some unrelated configuration line\n".repeat(50);
        String text = filler + c.text() + filler;
        assertThat(SecretScanner.defaults().scan(c.path(), text))
                .filteredOn(m -> m.ruleId().equals(c.rule()))
                .singleElement()
                .satisfies(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(c.secret()));
    }

    static Stream<String> privateKeyKinds() {
        return Stream.of("RSA PRIVATE KEY", "EC PRIVATE KEY", "DSA PRIVATE KEY", "OPENSSH PRIVATE KEY", "PRIVATE KEY",
                "ENCRYPTED PRIVATE KEY", "PGP PRIVATE KEY BLOCK");
    }

    @ParameterizedTest
    @MethodSource("privateKeyKinds")
    void findsEveryPrivateKeyKind(String kind) {
        String body = "Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC," + hex(32).toUpperCase() + "\n\n" + b64(64) + "\n" + b64(12);
        String text = "-----BEGIN " + kind + "-----\n" + body + "\n-----END " + kind + "-----\n";
        assertThat(SecretScanner.defaults().scan("root/.ssh/key", text)).singleElement().satisfies(m -> {
            assertThat(m.ruleId()).isEqualTo("private-key");
            assertThat(text.substring(m.start(), m.end())).isEqualTo(body);
        });
    }

    @Test
    void aCertificateOrPublicKeyIsNeverASecret() {
        String body = b64(64) + "\n" + b64(64) + "\n";
        String text = "-----BEGIN CERTIFICATE-----\n" + body + "-----END CERTIFICATE-----\n"
                + "-----BEGIN PUBLIC KEY-----\n" + body + "-----END PUBLIC KEY-----\n"
                + "-----BEGIN PGP PUBLIC KEY BLOCK-----\n" + body + "-----END PGP PUBLIC KEY BLOCK-----\n";
        assertThat(SecretScanner.defaults().scan("etc/ssl/certs/ca-certificates.crt", text)).isEmpty();
    }

    @Test
    void fileRulesOnlyApplyToTheirFiles() {
        String text = "<settings><servers><server><password>" + alnum(16) + "</password></server></servers></settings>";
        assertThat(SecretScanner.defaults().scan("app/pom.xml", text)).isEmpty();
        assertThat(SecretScanner.defaults().scan("app/settings.xml", text)).hasSize(1);
        assertThat(SecretScanner.defaults().scan("app/mysettings.xml", text)).isEmpty();
    }

    @Test
    void tokensGluedToOtherWordsAreNotTokens() {
        assertThat(SecretScanner.defaults().scan("a", "xghp_" + alnum(36))).isEmpty();
        assertThat(SecretScanner.defaults().scan("a", "ghp_" + alnum(36) + "x_y")).isEmpty();
    }

    @Test
    void reportsEachOccurrence() {
        String t1 = "ghp_" + alnum(36);
        String t2 = "ghp_" + alnum(36);
        String text = t1 + " " + t2 + "," + t1;
        assertThat(SecretScanner.defaults().scan("a", text)).extracting(SecretMatch::start)
                .containsExactly(0, t1.length() + 1, 2 * t1.length() + 2);
    }
}
