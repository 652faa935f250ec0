package dev.lashing.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Prints the scanner's throughput on 10 MB of random base64-ish text with line breaks (a
 * benchmark figure, never asserted). Run alone with {@code -Dtest=SecretScannerThroughputTest}.
 */
class SecretScannerThroughputTest {
    static String randomText(int size, long seed) {
        String alphabet = Fake.B64 + "=_-.:\" ";
        SplittableRandom r = new SplittableRandom(seed);
        StringBuilder sb = new StringBuilder(size);
        while (sb.length() < size) {
            sb.append(r.nextInt(12) == 0 ? '\n' : alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /** Scans the text a few times and returns MB/s of the best run. */
    static double measure(String path, String text, int runs) {
        double best = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            SecretScanner.defaults().scan(path, text);
            long ns = System.nanoTime() - t0;
            best = Math.max(best, text.length() / 1e6 / (ns / 1e9));
        }
        return best;
    }

    @Test
    void printsThroughput() {
        String text = randomText(10 * 1000 * 1000, 42);
        double plain = measure("app/blob.txt", text, 4);
        String b64 = randomText(10 * 1000 * 1000, 7).replaceAll("[^A-Za-z0-9+/\n]", "A");
        double base64 = measure("app/blob.b64", b64, 4);
        System.out.printf("secret scan: %.1f MB/s (random base64-ish with punctuation), %.1f MB/s (pure base64 lines)%n",
                plain, base64);
        assertThat(plain).isPositive();
    }
}
