package dev.lashing.runtime.kubernetes;

import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * How kubectl reads a YAML scalar: sigs.k8s.io/yaml resolves plain scalars by YAML 1.1 (go-yaml v2)
 * rules, so {@code yes} and {@code on} are booleans, {@code 0777} is octal and {@code 8080} is a number
 * that a string field refuses. Quoted scalars are strings. Explicit tags ({@code !!str 8080}) win.
 */
final class Scalars {
    /** What a scalar is once resolved. */
    enum Type { NULL, BOOL, INT, FLOAT, STRING }

    private Scalars() {
    }

    /** The type kubectl gives {@code node}. */
    static Type type(ScalarNode node) {
        Tag tag = node.getTag();
        String v = node.getValue();
        if (node.isPlain() && (tag.equals(Tag.STR) && !jsonSpelling(v) || isJsonTag(tag))) {
            return plainType(v); // no tag written (the composer's JSON-schema tag is not kubectl's): YAML 1.1
        }
        if (tag.equals(Tag.BOOL)) {
            return Type.BOOL;
        }
        if (tag.equals(Tag.INT)) {
            return Type.INT;
        }
        if (tag.equals(Tag.FLOAT)) {
            return Type.FLOAT;
        }
        if (tag.equals(Tag.NULL)) {
            return Type.NULL;
        }
        return Type.STRING; // quoted, !!str, or a tag kubectl does not know (it keeps the text)
    }

    private static boolean isJsonTag(Tag tag) {
        return tag.equals(Tag.BOOL) || tag.equals(Tag.INT) || tag.equals(Tag.FLOAT) || tag.equals(Tag.NULL);
    }

    /**
     * True when a plain scalar tagged as a string is spelled as a JSON boolean, null or number: the
     * composer would have tagged it otherwise, so the {@code !!str} tag was written.
     */
    private static boolean jsonSpelling(String v) {
        switch (v) {
            case "", "true", "false", "null", ".inf", "-.inf", ".nan":
                return true;
            default:
                break;
        }
        // -?(0|[1-9][0-9]*)(\.[0-9]*)?([eE][-+]?[0-9]+)?
        int i = v.startsWith("-") ? 1 : 0;
        if (i < v.length() && v.charAt(i) == '0') {
            i++;
        } else if (i < v.length() && v.charAt(i) >= '1' && v.charAt(i) <= '9') {
            while (i < v.length() && isDigit(v.charAt(i))) {
                i++;
            }
        } else {
            return false;
        }
        if (i < v.length() && v.charAt(i) == '.') {
            i++;
            while (i < v.length() && isDigit(v.charAt(i))) {
                i++;
            }
        }
        if (i < v.length() && (v.charAt(i) == 'e' || v.charAt(i) == 'E')) {
            i++;
            if (i < v.length() && (v.charAt(i) == '+' || v.charAt(i) == '-')) {
                i++;
            }
            int digits = 0;
            while (i < v.length() && isDigit(v.charAt(i))) {
                i++;
                digits++;
            }
            if (digits == 0) {
                return false;
            }
        }
        return i == v.length();
    }

    /** The YAML 1.1 type of a plain scalar. */
    static Type plainType(String v) {
        if (isNull(v)) {
            return Type.NULL;
        }
        if (bool(v) != null) {
            return Type.BOOL;
        }
        if (integer(v) != null) {
            return Type.INT;
        }
        if (isFloat(v)) {
            return Type.FLOAT;
        }
        return Type.STRING;
    }

    /** True when {@code node} is absent in kubectl's eyes: a null scalar. */
    static boolean isNull(Node node) {
        return node instanceof ScalarNode s && type(s) == Type.NULL;
    }

    private static boolean isNull(String v) {
        return v.isEmpty() || v.equals("~") || v.equals("null") || v.equals("Null") || v.equals("NULL");
    }

    /** The YAML 1.1 boolean {@code v} spells, or null. */
    static Boolean bool(String v) {
        switch (v) {
            case "y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "true", "True", "TRUE":
                return Boolean.TRUE;
            case "n", "N", "no", "No", "NO", "off", "Off", "OFF", "false", "False", "FALSE":
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    /**
     * The 64-bit integer {@code v} spells as Go's {@code ParseInt(s, 0, 64)} reads it after go-yaml drops
     * underscores (decimal, {@code 0x}, {@code 0o}, {@code 0b}, leading-zero octal), or null.
     */
    static Long integer(String v) {
        String s = v.replace("_", "");
        if (s.length() > 80) {
            return null;
        }
        boolean negative = false;
        int i = 0;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            negative = s.charAt(0) == '-';
            i = 1;
        }
        int radix = 10;
        if (s.length() > i + 1 && s.charAt(i) == '0') {
            char p = s.charAt(i + 1);
            if (p == 'x' || p == 'X') {
                radix = 16;
                i += 2;
            } else if (p == 'o' || p == 'O') {
                radix = 8;
                i += 2;
            } else if (p == 'b' || p == 'B') {
                radix = 2;
                i += 2;
            } else {
                radix = 8;
                i += 1;
            }
        }
        if (i >= s.length()) {
            return null;
        }
        for (int k = i; k < s.length(); k++) {
            if (Character.digit(s.charAt(k), radix) < 0 || s.charAt(k) > 'z') {
                return null;
            }
        }
        try {
            return Long.parseLong((negative ? "-" : "") + s.substring(i), radix);
        } catch (NumberFormatException e) {
            return null; // out of range: go-yaml reads it as a float
        }
    }

    /** True when {@code v} is a YAML 1.1 float as go-yaml reads one. */
    static boolean isFloat(String v) {
        String s = v.replace("_", "");
        switch (s) {
            case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN":
                return true;
            default:
                break;
        }
        int i = 0;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int intDigits = 0;
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
            intDigits++;
        }
        int fracDigits = 0;
        boolean dot = i < s.length() && s.charAt(i) == '.';
        if (dot) {
            i++;
            while (i < s.length() && isDigit(s.charAt(i))) {
                i++;
                fracDigits++;
            }
        }
        if (intDigits == 0 && fracDigits == 0 || intDigits == 0 && !dot) {
            return false;
        }
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int expDigits = 0;
            while (i < s.length() && isDigit(s.charAt(i))) {
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                return false;
            }
        }
        return i == s.length();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * True when {@code text} holds a template left unrendered: Helm or Go templates ({@code {{ .Values.x }}})
     * or shell-style variables for envsubst ({@code ${VAR}}).
     */
    static boolean isTemplate(String text) {
        return text.contains("{{") || text.contains("${");
    }

    /** A short name of what {@code node} is, for messages. */
    static String describe(Node node) {
        if (node instanceof ScalarNode s) {
            return switch (type(s)) {
                case NULL -> "null";
                case BOOL -> "the boolean " + s.getValue();
                case INT, FLOAT -> "the number " + s.getValue();
                case STRING -> "the string \"" + abbreviate(s.getValue()) + "\"";
            };
        }
        return switch (node.getNodeType()) {
            case MAPPING -> "a mapping";
            case SEQUENCE -> "a list";
            default -> "a scalar";
        };
    }

    /** {@code s} cut to one short line for messages. */
    static String abbreviate(String s) {
        int nl = s.indexOf('\n');
        String line = nl >= 0 ? s.substring(0, nl) + "…" : s;
        return line.length() > 60 ? line.substring(0, 60) + "…" : line;
    }
}
