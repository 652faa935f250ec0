package dev.lashing.runtime.compose;

import java.util.Locale;
import java.util.OptionalLong;

/**
 * Compose's value syntaxes: byte sizes ({@code 2b}, {@code 1024kb}, {@code 300m}, {@code 1.5gb},
 * {@code 1GiB}: binary multiples, as Docker reads them), durations ({@code 1m30s}, {@code 10ms},
 * {@code 2h}) and booleans as compose accepts them in strings ({@code true}, {@code yes}, {@code on}, ...).
 */
final class Units {
    private Units() {}

    /** The bytes {@code s} says, or empty when it is not a size. */
    static OptionalLong bytes(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < t.length() && (Character.isDigit(t.charAt(i)) || t.charAt(i) == '.')) {
            i++;
        }
        String number = t.substring(0, i);
        if (number.isEmpty() || number.startsWith(".") || number.endsWith(".") || number.indexOf('.') != number.lastIndexOf('.')) {
            return OptionalLong.empty();
        }
        String unit = t.substring(i).strip();
        long multiplier;
        switch (unit) {
            case "", "b" -> multiplier = 1;
            case "k", "kb", "kib", "ki" -> multiplier = 1L << 10;
            case "m", "mb", "mib", "mi" -> multiplier = 1L << 20;
            case "g", "gb", "gib", "gi" -> multiplier = 1L << 30;
            case "t", "tb", "tib", "ti" -> multiplier = 1L << 40;
            case "p", "pb", "pib", "pi" -> multiplier = 1L << 50;
            default -> {
                return OptionalLong.empty();
            }
        }
        if (number.length() > 30) {
            return OptionalLong.empty();
        }
        double v = Double.parseDouble(number) * multiplier;
        if (v >= Long.MAX_VALUE) {
            return OptionalLong.empty();
        }
        return OptionalLong.of((long) v);
    }

    /** The nanoseconds of a duration such as {@code 1m30s} or {@code 500ms}, or empty when it is not one. */
    static OptionalLong durationNanos(String s) {
        String t = s.strip();
        if (t.equals("0")) {
            return OptionalLong.of(0);
        }
        int i = t.startsWith("-") || t.startsWith("+") ? 1 : 0;
        boolean negative = t.startsWith("-");
        if (i >= t.length()) {
            return OptionalLong.empty();
        }
        double total = 0;
        while (i < t.length()) {
            int start = i;
            while (i < t.length() && (Character.isDigit(t.charAt(i)) || t.charAt(i) == '.')) {
                i++;
            }
            String number = t.substring(start, i);
            if (number.isEmpty() || number.equals(".") || number.indexOf('.') != number.lastIndexOf('.') || number.length() > 30) {
                return OptionalLong.empty();
            }
            int unitStart = i;
            while (i < t.length() && !Character.isDigit(t.charAt(i)) && t.charAt(i) != '.') {
                i++;
            }
            double unit;
            switch (t.substring(unitStart, i)) {
                case "ns" -> unit = 1;
                case "us", "\u00b5s", "\u03bcs" -> unit = 1e3;
                case "ms" -> unit = 1e6;
                case "s" -> unit = 1e9;
                case "m" -> unit = 60e9;
                case "h" -> unit = 3600e9;
                default -> {
                    return OptionalLong.empty();
                }
            }
            total += Double.parseDouble(number) * unit;
        }
        if (total >= Long.MAX_VALUE) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(negative ? -(long) total : (long) total);
    }

    /** The boolean compose reads from {@code s}, or null when it is not one. */
    static Boolean bool(String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "on", "1" -> Boolean.TRUE;
            case "false", "no", "n", "off", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** The integer in {@code s}, or empty when it is not a (64-bit) integer. */
    static OptionalLong integer(String s) {
        String t = s.strip();
        if (t.startsWith("+")) {
            t = t.substring(1);
        }
        if (t.isEmpty() || t.length() > 20) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(t));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** The decimal number in {@code s}, or null when it is not a finite one. */
    static Double decimal(String s) {
        String t = s.strip();
        if (t.isEmpty() || t.length() > 40) {
            return null;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(Character.isDigit(c) || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return null;
            }
        }
        try {
            double d = Double.parseDouble(t);
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
