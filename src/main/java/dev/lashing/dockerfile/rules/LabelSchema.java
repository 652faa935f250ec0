package dev.lashing.dockerfile.rules;

import com.google.re2j.Pattern;
import dev.lashing.dockerfile.model.Stage;
import dev.lashing.dockerfile.syntax.Instruction;
import dev.lashing.dockerfile.syntax.KeyValue;
import dev.lashing.dockerfile.syntax.Label;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code label-schema} setting (label key to type: text, url, rfc3339, semver, hash, spdx,
 * email), the labels of the shipped image, and the checks of each type.
 */
final class LabelSchema {
    static final String SCHEMA = "label-schema";
    static final String STRICT = "strict-labels";

    private static final Pattern RFC3339 = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})");
    private static final Pattern SEMVER = Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
            + "(-((0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(\\.(0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
            + "(\\+([0-9a-zA-Z-]+(\\.[0-9a-zA-Z-]+)*))?");
    /** An absolute URI (RFC 3986): a scheme, then only URI characters and well-formed percent escapes. */
    private static final Pattern URI = Pattern.compile(
            "([A-Za-z][A-Za-z0-9+.-]*):([A-Za-z0-9._~:/?#\\[\\]@!$&'()*+,;=-]|%[0-9A-Fa-f]{2})+");
    private static final Set<String> NEEDS_HOST = Set.of("http", "https", "ftp", "git", "ssh", "git+ssh");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{7}|[0-9a-f]{40}|[0-9a-f]{64}");
    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final Pattern EMAIL = Pattern.compile("(" + ATOM + "(\\." + ATOM + ")*|\"([^\"\\\\]|\\\\.)*\")"
            + "@(" + ATOM + "(\\." + ATOM + ")*|\\[[^\\[\\]\\\\]*\\])");
    private static final Pattern SPDX_TOKEN = Pattern.compile("\\(|\\)|[A-Za-z0-9.+:-]+");
    /** Common SPDX licence ids; rarer ones are reported as unknown, which the docs say. */
    static final Set<String> SPDX_IDS = Set.of("0BSD", "AFL-3.0", "AGPL-3.0", "AGPL-3.0-only",
            "AGPL-3.0-or-later", "Apache-1.1", "Apache-2.0", "Artistic-2.0", "BSD-1-Clause", "BSD-2-Clause",
            "BSD-2-Clause-Patent", "BSD-3-Clause", "BSD-3-Clause-Clear", "BSD-4-Clause", "BSL-1.0", "CC-BY-4.0",
            "CC-BY-SA-4.0", "CC0-1.0", "CDDL-1.0", "CDDL-1.1", "EPL-1.0", "EPL-2.0", "EUPL-1.1", "EUPL-1.2",
            "GPL-2.0", "GPL-2.0-only", "GPL-2.0-or-later", "GPL-3.0", "GPL-3.0-only", "GPL-3.0-or-later", "ISC",
            "LGPL-2.0-only", "LGPL-2.0-or-later", "LGPL-2.1", "LGPL-2.1-only", "LGPL-2.1-or-later", "LGPL-3.0",
            "LGPL-3.0-only", "LGPL-3.0-or-later", "MIT", "MIT-0", "MPL-1.1", "MPL-2.0", "MS-PL", "MS-RL", "NCSA",
            "OFL-1.1", "OpenSSL", "PostgreSQL", "PSF-2.0", "Python-2.0", "Ruby", "Unlicense", "UPL-1.0",
            "Vim", "W3C", "WTFPL", "X11", "Zlib", "ZPL-2.1", "Classpath-exception-2.0", "LLVM-exception",
            "GCC-exception-3.1", "Autoconf-exception-3.0", "Bison-exception-2.2", "NONE", "NOASSERTION");

    private LabelSchema() {}

    /** The schema, keys as written, types in lower case; empty when not configured. */
    static Map<String, String> schema(DockerfileContext context) {
        Map<String, String> out = new LinkedHashMap<>();
        context.settings().stringMap(SCHEMA).forEach((k, v) -> out.put(k, v.trim().toLowerCase(Locale.ROOT)));
        return out;
    }

    /** A label of the shipped image, with its key and value expanded where known. */
    record Entry(Label label, KeyValue pair, Optional<String> key, Optional<String> value) {}

    /** Every label set by the shipped stages (ONBUILD triggers excluded), in file order. */
    static List<Entry> shippedLabels(DockerfileContext context) {
        List<Entry> out = new ArrayList<>();
        for (Stage stage : context.model().stages()) {
            if (!context.model().isShipped(stage)) {
                continue;
            }
            for (Instruction i : stage.instructions()) {
                if (i instanceof Label label) {
                    for (KeyValue kv : label.pairs()) {
                        out.add(new Entry(label, kv, context.expand(label, kv.key().text()).resolvedValue(),
                                context.expand(label, kv.value().text()).resolvedValue()));
                    }
                }
            }
        }
        return out;
    }

    /** What is wrong with {@code value} for {@code type}, or empty when it is valid (or the type unknown). */
    static Optional<String> problem(String type, String value) {
        if (value.isBlank()) {
            return Optional.of("is empty");
        }
        boolean ok = switch (type) {
            case "url" -> isUrl(value);
            case "rfc3339" -> isRfc3339(value);
            case "semver" -> SEMVER.matches(value);
            case "hash" -> HASH.matches(value);
            case "spdx" -> isSpdx(value);
            case "email" -> EMAIL.matches(value);
            default -> true;
        };
        return ok ? Optional.empty() : Optional.of(switch (type) {
            case "url" -> "is not an absolute URL";
            case "rfc3339" -> "is not an RFC 3339 timestamp such as 2024-05-01T12:00:00Z";
            case "semver" -> "is not a semantic version such as 1.4.2";
            case "hash" -> "is not a git commit hash (7, 40 or 64 lower-case hex digits)";
            case "spdx" -> "is not an SPDX licence expression of known ids (such as Apache-2.0 OR MIT)";
            default -> "is not an e-mail address";
        });
    }

    private static boolean isUrl(String value) {
        if (!URI.matches(value)) {
            return false;
        }
        String scheme = value.substring(0, value.indexOf(':')).toLowerCase(Locale.ROOT);
        String rest = value.substring(scheme.length() + 1);
        return !NEEDS_HOST.contains(scheme) || rest.startsWith("//") && rest.length() > 2 && rest.charAt(2) != '/';
    }

    private static boolean isRfc3339(String value) {
        if (!RFC3339.matches(value)) {
            return false;
        }
        try {
            OffsetDateTime.parse(value.toUpperCase(Locale.ROOT).replace(' ', 'T'));
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** An SPDX expression: ids (optionally {@code +}), LicenseRef-/DocumentRef-, AND/OR/WITH, parentheses. */
    private static boolean isSpdx(String value) {
        boolean wantOperand = true;
        int depth = 0;
        for (String token : value.trim().replace("(", " ( ").replace(")", " ) ").split(" ")) {
            if (token.isEmpty()) {
                continue;
            }
            if (!SPDX_TOKEN.matches(token)) {
                return false;
            }
            if (token.equals("(") && wantOperand) {
                depth++;
            } else if (token.equals(")") && !wantOperand && depth > 0) {
                depth--;
            } else if (Set.of("AND", "OR", "WITH").contains(token) && !wantOperand) {
                wantOperand = true;
            } else if (wantOperand && isLicenceId(token)) {
                wantOperand = false;
            } else {
                return false;
            }
        }
        return !wantOperand && depth == 0;
    }

    private static boolean isLicenceId(String token) {
        String id = token.endsWith("+") ? token.substring(0, token.length() - 1) : token;
        return SPDX_IDS.contains(id) || id.startsWith("LicenseRef-") || id.startsWith("DocumentRef-");
    }
}
