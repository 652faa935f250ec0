package dev.lashing.dockerfile.syntax;

import java.util.OptionalLong;

/**
 * Parses durations in Go's {@code time.ParseDuration} syntax ({@code 30s}, {@code 1m30s},
 * {@code 1.5h}, {@code 500ms}), which HEALTHCHECK options use. Hand-written: the syntax is Go's
 * and no Java library parses it.
 */
final class GoDuration {
    private GoDuration() {}

    /** The duration in nanoseconds, or empty if {@code s} is not a valid Go duration. */
    static OptionalLong parseNanos(String s) {
        if (s.isEmpty()) {
            return OptionalLong.empty();
        }
        int i = 0;
        boolean negative = false;
        if (s.charAt(0) == '-' || s.charAt(0) == '+') {
            negative = s.charAt(0) == '-';
            i++;
        }
        if (s.substring(i).equals("0")) {
            return OptionalLong.of(0);
        }
        if (i >= s.length()) {
            return OptionalLong.empty();
        }
        double total = 0;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                i++;
            }
            String number = s.substring(start, i);
            if (number.isEmpty() || number.equals(".") || number.indexOf('.') != number.lastIndexOf('.')) {
                return OptionalLong.empty();
            }
            int unitStart = i;
            while (i < s.length() && !Character.isDigit(s.charAt(i)) && s.charAt(i) != '.') {
                i++;
            }
            double unit = switch (s.substring(unitStart, i)) {
                case "ns" -> 1;
                case "us", "\u00b5s", "\u03bcs" -> 1e3;
                case "ms" -> 1e6;
                case "s" -> 1e9;
                case "m" -> 60e9;
                case "h" -> 3600e9;
                default -> -1;
            };
            if (unit < 0) {
                return OptionalLong.empty();
            }
            total += Double.parseDouble(number) * unit;
            if (total > Long.MAX_VALUE) {
                return OptionalLong.empty();
            }
        }
        long nanos = (long) total;
        return OptionalLong.of(negative ? -nanos : nanos);
    }
}
