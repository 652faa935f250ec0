package dev.lashing.secrets;

import static dev.lashing.secrets.Fake.alnum;
import static dev.lashing.secrets.Fake.b64;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Allow rules, the keyword prefilter, masking, binary sniffing and skipped paths. */
class SecretScannerTest {
    private static final SecretScanner SCANNER = SecretScanner.defaults();

    @Test
    void documentedAwsExampleKeysAreAllowedWithAReason() {
        String id = "AKIA" + "IOSFODNN7" + "EXAMPLE";
        String key = "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCYEXAMPLEKEY";
        String text = "aws_access_key_id = " + id + "\naws_secret_access_key = " + key + "\n";
        List<SecretMatch> ms = SCANNER.scan("root/.aws/credentials", text);
        assertThat(ms).extracting(SecretMatch::ruleId).containsExactly("aws-access-key-id", "aws-secret-access-key");
        assertThat(ms).allSatisfy(m -> {
            assertThat(m.reportable()).isFalse();
            assertThat(m.allowedBecause()).hasValue("documented example key");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"EXAMPLE", "example", "xxxxxxxx", "dummy", "placeholder", "your_", "changeme"})
    void placeholderValuesAreAllowed(String fragment) {
        List<SecretMatch> ms = SCANNER.scan("app/config", "URL=https://deploy:" + fragment + alnum(12) + "@repo.internal/\n");
        assertThat(ms).singleElement().satisfies(m -> assertThat(m.allowedBecause()).isPresent());
    }

    @Test
    void templatesAndOneRepeatedCharacterAreAllowed() {
        assertThat(SCANNER.scan("app/settings.xml", "<password><your-password></password>"))
                .allSatisfy(m -> assertThat(m.allowedBecause()).isPresent());
        assertThat(SCANNER.scan("app/settings.xml", "<password>{{ .Values.pw }}</password>"))
                .allSatisfy(m -> assertThat(m.allowedBecause()).isPresent());
        assertThat(SCANNER.scan("a", "T=ghp_" + "0".repeat(36))).singleElement()
                .satisfies(m -> assertThat(m.allowedBecause()).hasValue("one repeated character"));
        assertThat(SCANNER.scan("a", "postgres://user:password@db/x")).singleElement()
                .satisfies(m -> assertThat(m.allowedBecause()).hasValue("placeholder value"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"app/tests/fixtures.py", "src/test/resources/a.env", "go/pkg/testdata/x", "spec/a.rb",
        "/usr/share/doc/pkg/README", "usr/include/x.h", "usr/lib/python3.12/site-packages/x.py",
        "/usr/local/lib/python3.11/x.py", "usr/local/go/src/crypto/tls/x.go", "usr/lib/ruby/gems/3.1/x.rb",
        "opt/yarn-v1.22.19/lib/cli.js", "app/node_modules/x/index.js", "srv/vendor/x.php", "docs/setup.md",
        "lib/python3/site-packages/foo-1.0.dist-info/METADATA", "examples/deploy.yaml", "x/pkg/handler_test.go"})
    void testAndRuntimePathsAreAllowed(String path) {
        List<SecretMatch> ms = SCANNER.scan(path, "T=ghp_" + alnum(36) + "\n");
        assertThat(ms).singleElement().satisfies(m -> assertThat(m.allowedBecause()).isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"app/.env", "/root/.bashrc", "etc/app/config.yaml", "usr/local/bin/entrypoint.sh",
        "home/u/contest/x", "srv/attestation.json"})
    void otherPathsAreNotAllowed(String path) {
        assertThat(SecretAllowRules.allowedPath(path)).isEmpty();
    }

    @Test
    void allowRulesCanBeTurnedOff() {
        SecretScanner noAllow = new SecretScanner(SecretCatalogue.rules(), false);
        assertThat(noAllow.scan("tests/x", "AKIA" + "IOSFODNN7" + "EXAMPLE")).singleElement()
                .satisfies(m -> assertThat(m.reportable()).isTrue());
    }

    @Test
    void aRuleWhoseKeywordIsAbsentNeverRunsItsRegex() {
        List<String> ran = new ArrayList<>();
        SecretScanner counting = SCANNER.withRegexListener(r -> ran.add(r.id()));
        counting.scan("a", "nothing to see here, just words and numbers 12345\n".repeat(100));
        assertThat(ran).isEmpty();
        counting.scan("a", "T=GHP_ and more text\n");
        assertThat(ran).containsExactly("github-pat");
        ran.clear();
        counting.scan("a", "key=value with an AKIA prefix and -----BEGIN RSA PRIVATE KEY-----\n");
        assertThat(ran).containsExactlyInAnyOrder("aws-access-key-id", "private-key", "mailgun-api-key");
    }

    @Test
    void keywordsMatchCaseInsensitively() {
        SecretScanner.KeywordHits hits = SCANNER.findKeywords("x AwS y");
        List<String> found = new ArrayList<>();
        SecretCatalogue.rules().forEach(r -> {
            if (r.keywords().contains("aws")) {
                found.add(r.id());
            }
        });
        assertThat(found).isNotEmpty();
        List<String> ran = new ArrayList<>();
        SCANNER.withRegexListener(r -> ran.add(r.id())).scan("a", "x AwS y");
        assertThat(ran).containsExactly("aws-secret-access-key");
        assertThat(hits).isNotNull();
    }

    @Test
    void windowedRulesFindSecretsFarApartInALargeText() {
        StringBuilder sb = new StringBuilder();
        List<String> secrets = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sb.append(b64(5000).replace("+", " ")).append("\nHEROKU_API_KEY=");
            String s = Fake.uuid();
            secrets.add(s);
            sb.append(s).append('\n');
        }
        String text = sb.toString();
        List<SecretMatch> ms = SCANNER.scan("a", text).stream().filter(m -> m.ruleId().equals("heroku-api-key")).toList();
        assertThat(ms).extracting(m -> text.substring(m.start(), m.end())).containsExactlyElementsOf(secrets);
    }

    @Test
    void keywordAnchoredAndWindowedScansFindWhatAWholeTextScanFinds() {
        SecretScanner whole = new SecretScanner(SecretCatalogue.rules().stream().map(SecretRule::wholeText).toList(), true);
        String filler = "x = 1\n".repeat(300);
        for (SecretCatalogueTest.Case c : SecretCatalogueTest.cases()) {
            for (String text : List.of(c.text(), filler + c.text() + filler, c.negative())) {
                assertThat(SCANNER.scan(c.path(), text)).as(c.rule())
                        .containsExactlyInAnyOrderElementsOf(whole.scan(c.path(), text));
            }
        }
    }

    @Test
    void theRawSecretNeverAppearsInAnyReturnedObject() {
        for (SecretCatalogueTest.Case c : SecretCatalogueTest.cases()) {
            for (SecretMatch m : SCANNER.scan(c.path(), c.text())) {
                String secret = c.text().substring(m.start(), m.end());
                assertThat(m.toString()).doesNotContain(secret);
                assertThat(m.masked()).doesNotContain(secret);
                m.allowedBecause().ifPresent(r -> assertThat(r).doesNotContain(secret));
            }
        }
    }

    @Test
    void maskingKeepsAtMostFourCharactersAndAQuarterOfShortSecrets() {
        assertThat(SecretMatch.mask("ghp_abcdefghijklmnopqrstuvwxyz0123456789")).isEqualTo("ghp_" + "*".repeat(16));
        assertThat(SecretMatch.mask("abcdefgh")).isEqualTo("ab******");
        assertThat(SecretMatch.mask("abc")).isEqualTo("***");
        assertThat(SecretMatch.mask("")).isEmpty();
    }

    @Test
    void binaryDetection() {
        assertThat(SecretScanner.looksBinary("plain text\n".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(SecretScanner.looksBinary("héllo wörld ✓ ünïcödé text\n".repeat(40).getBytes(StandardCharsets.UTF_8)))
                .isFalse();
        assertThat(SecretScanner.looksBinary(new byte[0])).isFalse();
        byte[] withNul = "text\0more".getBytes(StandardCharsets.UTF_8);
        assertThat(SecretScanner.looksBinary(withNul)).isTrue();
        byte[] random = new byte[4096];
        new Random(1).nextBytes(random);
        for (int i = 0; i < random.length; i++) {
            random[i] = random[i] == 0 ? 1 : random[i];
        }
        assertThat(SecretScanner.looksBinary(random)).isTrue();
        byte[] late = new byte[9000];
        java.util.Arrays.fill(late, (byte) 'a');
        late[8500] = 0;
        assertThat(SecretScanner.looksBinary(late)).isFalse();
        assertThat(SecretScanner.MAX_FILE_BYTES).isEqualTo(10L * 1024 * 1024);
        assertThat(SecretScanner.MIN_FILE_BYTES).isEqualTo(10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/logo.PNG", "x.jpg", "doc.pdf", "a.tar.gz", "pkg.deb", "lib/x.so", "x.jar", "m.class",
        "__pycache__/m.cpython-312.pyc", "repo/.git/objects/ab/cdef", "package-lock.json", "app/yarn.lock", "go.sum",
        "Cargo.lock", "x.whl", "y.zst"})
    void skippedPaths(String path) {
        assertThat(SecretScanner.skipPath(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"app/.env", "config.json", "x.py", "Dockerfile", "a.pem", ".git/config", "lock.py"})
    void readPaths(String path) {
        assertThat(SecretScanner.skipPath(path)).isFalse();
    }

    @Test
    void pathNormalisation() {
        assertThat(SecretAllowRules.normalise("./a/b")).isEqualTo("/a/b");
        assertThat(SecretAllowRules.normalise("//a\\b")).isEqualTo("/a/b");
        assertThat(SecretAllowRules.normalise("")).isEqualTo("/");
    }
}
