package dev.lashing.runtime.kubernetes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A Kubernetes resource quantity ({@code 128Mi}, {@code 1G}, {@code 0.5Gi}, {@code 500m}, {@code 1e3}):
 * a signed decimal number with a binary suffix ({@code Ki} ... {@code Ei}), a decimal suffix
 * ({@code n}, {@code u}, {@code m}, {@code k}, {@code M} ... {@code E}) or a decimal exponent.
 */
final class Quantity {
    private static final int MAX_LENGTH = 64;
    private static final int MAX_EXPONENT = 40;

    private Quantity() {
    }

    /** The value of {@code text}, or empty when it is not a quantity (or absurdly large or small). */
    static Optional<BigDecimal> parse(String text) {
        String s = text.trim();
        if (s.isEmpty() || s.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        int i = 0;
        if (s.charAt(0) == '+' || s.charAt(0) == '-') {
            i++;
        }
        int digitsStart = i;
        int digits = 0;
        while (i < s.length() && (isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
            digits += isDigit(s.charAt(i)) ? 1 : 0;
            i++;
        }
        String number = s.substring(digitsStart, i);
        if (digits == 0 || number.indexOf('.') != number.lastIndexOf('.')) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(number.startsWith(".") ? "0" + number : number.endsWith(".")
                ? number.substring(0, number.length() - 1) : number);
        if (s.charAt(0) == '-') {
            value = value.negate();
        }
        Optional<BigDecimal> multiplier = suffix(s.substring(i));
        return multiplier.map(value::multiply);
    }

    private static Optional<BigDecimal> suffix(String suffix) {
        switch (suffix) {
            case "":
                return Optional.of(BigDecimal.ONE);
            case "Ki", "Mi", "Gi", "Ti", "Pi", "Ei":
                return Optional.of(BigDecimal.valueOf(2).pow(10 * ("KMGTPE".indexOf(suffix.charAt(0)) + 1)));
            case "n":
                return Optional.of(BigDecimal.ONE.scaleByPowerOfTen(-9));
            case "u":
                return Optional.of(BigDecimal.ONE.scaleByPowerOfTen(-6));
            case "m":
                return Optional.of(BigDecimal.ONE.scaleByPowerOfTen(-3));
            case "k", "M", "G", "T", "P", "E":
                return Optional.of(BigDecimal.ONE.scaleByPowerOfTen(3 * ("kMGTPE".indexOf(suffix.charAt(0)) + 1)));
            default:
                break;
        }
        if (suffix.charAt(0) != 'e' && suffix.charAt(0) != 'E') {
            return Optional.empty();
        }
        String exp = suffix.substring(1);
        int j = exp.startsWith("+") || exp.startsWith("-") ? 1 : 0;
        if (j == exp.length() || exp.length() - j > 3) {
            return Optional.empty();
        }
        for (int k = j; k < exp.length(); k++) {
            if (!isDigit(exp.charAt(k))) {
                return Optional.empty();
            }
        }
        int e = Integer.parseInt(exp);
        return Math.abs(e) > MAX_EXPONENT ? Optional.empty() : Optional.of(BigDecimal.ONE.scaleByPowerOfTen(e));
    }

    /** {@code value} as whole bytes, rounded up as Kubernetes does, or empty when out of range. */
    static Optional<Long> bytes(BigDecimal value) {
        BigDecimal up = value.setScale(0, RoundingMode.CEILING);
        try {
            return Optional.of(up.longValueExact());
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
