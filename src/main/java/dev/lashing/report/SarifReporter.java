package dev.lashing.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.lashing.core.Finding;
import dev.lashing.core.InputError;
import dev.lashing.core.InstructionRef;
import dev.lashing.core.Location;
import dev.lashing.core.Provenance;
import dev.lashing.core.RuleCatalog;
import dev.lashing.core.RuleMeta;
import dev.lashing.core.Severity;
import dev.lashing.core.SourceFile;
import dev.lashing.core.ToolInfo;
import dev.lashing.core.fix.Edit;
import dev.lashing.core.fix.Fix;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SARIF 2.1.0 report: one run whose driver lists every rule of the catalog with its documentation,
 * results with regions, snippets, stable fingerprints and fixes, the artifacts, and input errors as
 * tool execution notifications.
 */
public final class SarifReporter implements Reporter {

    /** The schema address written as {@code $schema}. */
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /** The base id that relative artifact URIs are resolved against. */
    public static final String SRCROOT = "%SRCROOT%";
    /** The key of the line-move-tolerant fingerprint in {@code partialFingerprints}. */
    public static final String FINGERPRINT = "lashing/v1";

    @Override
    public void write(LintReport report, Writer out) throws IOException {
        RuleCatalog catalog = report.catalog();
        List<RuleMeta> rules = catalog.rules();
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            ruleIndex.putIfAbsent(rules.get(i).id(), i);
        }
        Map<String, Artifact> artifacts = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            artifact(artifacts, f.location().file().path(), Optional.of(f.location().file()));
        }
        for (InputError e : report.errors()) {
            artifact(artifacts, e.file(), e.location().map(Location::file));
        }
        for (Finding f : report.findings()) {
            f.provenance().flatMap(Provenance::instruction)
                    .ifPresent(i -> artifact(artifacts, i.file(), Optional.empty()));
        }

        JsonGenerator g = Json.generator(out);
        g.writeStartObject();
        g.writeStringField("$schema", SCHEMA);
        g.writeStringField("version", "2.1.0");
        g.writeArrayFieldStart("runs");
        g.writeStartObject();
        writeTool(g, report.tool(), catalog, rules);
        writeInvocation(g, report, artifacts);
        g.writeObjectFieldStart("originalUriBaseIds");
        g.writeObjectFieldStart(SRCROOT);
        g.writeObjectFieldStart("description");
        g.writeStringField("text", "The directory lashing was run in; relative paths are resolved against it.");
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeArrayFieldStart("artifacts");
        for (Artifact a : artifacts.values()) {
            g.writeStartObject();
            writeArtifactLocation(g, a, false);
            if (a.length >= 0) {
                g.writeNumberField("length", a.length);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("results");
        Map<String, Integer> occurrences = new HashMap<>();
        for (Finding f : report.findings()) {
            writeResult(g, f, ruleIndex, artifacts, occurrences);
        }
        g.writeEndArray();
        g.writeStringField("columnKind", "utf16CodeUnits");
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        Json.finish(g, out);
    }

    private static void writeTool(JsonGenerator g, ToolInfo tool, RuleCatalog catalog, List<RuleMeta> rules)
            throws IOException {
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", tool.name());
        g.writeStringField("version", tool.version());
        g.writeStringField("semanticVersion", tool.version());
        g.writeStringField("informationUri", tool.informationUri());
        g.writeArrayFieldStart("rules");
        for (RuleMeta rule : rules) {
            Optional<String> doc = catalog.documentation(rule.id());
            g.writeStartObject();
            g.writeStringField("id", rule.id());
            g.writeStringField("name", rule.name());
            g.writeObjectFieldStart("shortDescription");
            g.writeStringField("text", rule.summary());
            g.writeEndObject();
            g.writeObjectFieldStart("fullDescription");
            g.writeStringField("text", doc.map(SarifReporter::firstParagraph).orElse(rule.summary()));
            g.writeEndObject();
            g.writeObjectFieldStart("help");
            g.writeStringField("text", doc.map(MarkdownTerminal::plainText).orElse(rule.summary()));
            g.writeStringField("markdown", doc.orElse(rule.summary()));
            g.writeEndObject();
            g.writeStringField("helpUri", catalog.helpUri(rule));
            g.writeObjectFieldStart("defaultConfiguration");
            g.writeStringField("level", level(rule.severity()));
            g.writeBooleanField("enabled", rule.enabledByDefault());
            g.writeEndObject();
            g.writeObjectFieldStart("properties");
            List<String> tags = new ArrayList<>(rule.practices());
            tags.add("security");
            Json.strings(g, "tags", tags);
            // Rules match syntax and resolved semantics rather than heuristics; lashing has no per-rule precision yet.
            g.writeStringField("precision", "high");
            Json.strings(g, "aliases", rule.aliases());
            if (!rule.references().isEmpty()) {
                Json.strings(g, "references", rule.references());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeInvocation(JsonGenerator g, LintReport report, Map<String, Artifact> artifacts)
            throws IOException {
        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", report.errors().isEmpty());
        g.writeArrayFieldStart("toolExecutionNotifications");
        for (InputError e : report.errors()) {
            g.writeStartObject();
            g.writeStringField("level", "error");
            g.writeObjectFieldStart("message");
            g.writeStringField("text", e.message());
            g.writeEndObject();
            g.writeArrayFieldStart("locations");
            g.writeStartObject();
            g.writeObjectFieldStart("physicalLocation");
            writeArtifactLocation(g, artifacts.get(e.file()), true);
            if (e.location().isPresent()) {
                writeRegion(g, "region", e.location().get(), true);
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void writeResult(JsonGenerator g, Finding f, Map<String, Integer> ruleIndex,
            Map<String, Artifact> artifacts, Map<String, Integer> occurrences) throws IOException {
        Location loc = f.location();
        Artifact artifact = artifacts.get(loc.file().path());
        g.writeStartObject();
        g.writeStringField("ruleId", f.rule().id());
        Integer index = ruleIndex.get(f.rule().id());
        if (index != null) {
            g.writeNumberField("ruleIndex", index);
        }
        g.writeStringField("level", level(f.severity()));
        g.writeObjectFieldStart("message");
        g.writeStringField("text", f.message());
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        writeArtifactLocation(g, artifact, true);
        writeRegion(g, "region", loc, true);
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        Optional<InstructionRef> instruction = f.provenance().flatMap(Provenance::instruction);
        if (instruction.isPresent()) {
            writeInstruction(g, instruction.get(), artifacts.get(instruction.get().file()));
        }
        String hash = fingerprint(f);
        int n = occurrences.merge(hash, 1, Integer::sum);
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField(FINGERPRINT, hash + ":" + n);
        g.writeEndObject();
        if (f.provenance().isPresent() && f.fix().isEmpty()) {
            g.writeObjectFieldStart("properties");
            JsonReporter.writeProvenance(g, f.provenance().get());
            g.writeEndObject();
        }
        if (f.fix().isPresent()) {
            Fix fix = f.fix().get();
            g.writeArrayFieldStart("fixes");
            g.writeStartObject();
            g.writeObjectFieldStart("description");
            g.writeStringField("text", fix.description());
            g.writeEndObject();
            g.writeArrayFieldStart("artifactChanges");
            g.writeStartObject();
            writeArtifactLocation(g, artifact, true);
            g.writeArrayFieldStart("replacements");
            for (Edit e : fix.edits()) {
                g.writeStartObject();
                writeRegion(g, "deletedRegion", loc.file().location(e.range()), false);
                g.writeObjectFieldStart("insertedContent");
                g.writeStringField("text", e.replacement());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeObjectFieldStart("properties");
            g.writeStringField("applicability", JsonReporter.applicability(fix.applicability()));
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** The Dockerfile instruction of an image finding's layer, as the result's related location. */
    private static void writeInstruction(JsonGenerator g, InstructionRef i, Artifact artifact) throws IOException {
        g.writeArrayFieldStart("relatedLocations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        writeArtifactLocation(g, artifact, true);
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", i.line());
        g.writeNumberField("startColumn", i.column());
        g.writeNumberField("endLine", i.line());
        g.writeNumberField("endColumn", i.column() + i.text().length());
        g.writeObjectFieldStart("snippet");
        g.writeStringField("text", i.text());
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeObjectFieldStart("message");
        g.writeStringField("text", "instruction that produced this layer");
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void writeRegion(JsonGenerator g, String name, Location loc, boolean snippet) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("startLine", loc.start().line());
        g.writeNumberField("startColumn", loc.start().column());
        g.writeNumberField("endLine", loc.end().line());
        g.writeNumberField("endColumn", loc.end().column());
        if (snippet) {
            g.writeObjectFieldStart("snippet");
            g.writeStringField("text", loc.text());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void writeArtifactLocation(JsonGenerator g, Artifact a, boolean withIndex) throws IOException {
        g.writeObjectFieldStart(withIndex ? "artifactLocation" : "location");
        g.writeStringField("uri", a.uri);
        if (a.relative) {
            g.writeStringField("uriBaseId", SRCROOT);
        }
        if (withIndex) {
            g.writeNumberField("index", a.index);
        }
        g.writeEndObject();
    }

    /** SARIF level of a severity: {@code error}, {@code warning} or {@code note}. */
    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private record Artifact(int index, String uri, boolean relative, long length) {}

    private static void artifact(Map<String, Artifact> artifacts, String path, Optional<SourceFile> file) {
        Artifact existing = artifacts.get(path);
        long length = file.map(f -> (long) f.text().getBytes(StandardCharsets.UTF_8).length).orElse(-1L);
        if (existing == null) {
            boolean relative = isRelative(path);
            artifacts.put(path, new Artifact(artifacts.size(), uri(path), relative, length));
        } else if (existing.length < 0 && length >= 0) {
            artifacts.put(path, new Artifact(existing.index, existing.uri, existing.relative, length));
        }
    }

    private static boolean isRelative(String path) {
        String p = path.replace('\\', '/');
        return !p.startsWith("/") && !(p.length() >= 3 && Character.isLetter(p.charAt(0)) && p.charAt(1) == ':'
                && p.charAt(2) == '/');
    }

    /**
     * The RFC 3986 URI reference of a path: separators become {@code /}, a leading {@code ./} is dropped,
     * and every octet outside the path characters is percent-encoded; absolute paths become {@code file:} URIs.
     */
    static String uri(String path) {
        String p = path.replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        String encoded = encodePath(p);
        if (p.startsWith("/")) {
            return "file://" + encoded;
        }
        if (p.matches("^[A-Za-z]:/.*")) {
            return "file:///" + p.substring(0, 2) + encodePath(p.substring(2));
        }
        // A relative reference whose first segment holds ':' would read as a scheme.
        int colon = encoded.indexOf(':');
        int slash = encoded.indexOf('/');
        if (colon >= 0 && (slash < 0 || colon < slash)) {
            encoded = encoded.replace(":", "%3A");
        }
        return encoded;
    }

    private static String encodePath(String p) {
        StringBuilder sb = new StringBuilder();
        for (byte b : p.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.toString();
    }

    /**
     * A hash of the rule id, the file path and the whitespace-normalised text of the finding's first
     * line: it survives the finding moving to another line.
     */
    static String fingerprint(Finding f) {
        Location loc = f.location();
        String line = loc.file().lineText(loc.start().line()).strip().replaceAll("\\s+", " ");
        String material = f.rule().id() + "\0" + loc.file().path().replace('\\', '/') + "\0" + line;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(material.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** The first paragraph of the documentation that is not a heading or code, as plain text. */
    private static String firstParagraph(String markdown) {
        for (String block : markdown.replace("\r\n", "\n").split("\n\\s*\n")) {
            String b = block.strip().replaceAll("(?m)^ {0,3}#.*(\n|$)", "").strip();
            if (!b.isEmpty() && !b.startsWith("#") && !b.startsWith("```") && !b.startsWith("~~~")) {
                return MarkdownTerminal.plainText(b).strip();
            }
        }
        return MarkdownTerminal.plainText(markdown).strip();
    }
}
