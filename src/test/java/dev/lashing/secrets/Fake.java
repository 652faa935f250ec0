package dev.lashing.secrets;

import java.util.SplittableRandom;

/**
 * Builds secret-shaped test values at run time, so the repository holds no literal that looks like
 * a real credential. Deterministic: the same call sequence gives the same values.
 */
final class Fake {
    static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    static final String DIGITS = "0123456789";
    static final String ALNUM = UPPER + LOWER + DIGITS;
    static final String HEX = "0123456789abcdef";
    static final String B64 = ALNUM + "+/";
    static final String URLSAFE = ALNUM + "_-";
    static final String BECH32 = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L";

    private static final SplittableRandom RANDOM = new SplittableRandom(20261123);

    private Fake() {}

    static synchronized String of(String alphabet, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    static String alnum(int n) {
        return of(ALNUM, n);
    }

    static String hex(int n) {
        return of(HEX, n);
    }

    static String upper(int n) {
        return of(UPPER + DIGITS, n);
    }

    static String b64(int n) {
        return of(B64, n);
    }

    static String digits(int n) {
        return of("123456789", 1) + of(DIGITS, n - 1);
    }

    static String uuid() {
        return hex(8) + "-" + hex(4) + "-" + hex(4) + "-" + hex(4) + "-" + hex(12);
    }
}
