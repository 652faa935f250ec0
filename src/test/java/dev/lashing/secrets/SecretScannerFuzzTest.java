package dev.lashing.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/** Fuzzes the secret scanner: it never throws, and every match lies inside the text with a masked value. */
class SecretScannerFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void scanIsTotalAndOffsetsStayInsideTheText(FuzzedDataProvider data) {
        String path = data.consumeString(64);
        String text = data.consumeRemainingAsString();
        List<SecretMatch> matches = SecretScanner.defaults().scan(path, text);
        for (SecretMatch m : matches) {
            assertThat(m.start()).isBetween(0, text.length());
            assertThat(m.end()).isBetween(m.start() + 1, text.length());
            assertThat(m.masked()).hasSizeLessThanOrEqualTo(SecretMatch.MAX_MASKED_LENGTH);
        }
        SecretScanner.skipPath(path);
        SuspiciousFileNames.classify(path);
        SecretAllowRules.allowedPath(path);
        SecretScanner.looksBinary(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
