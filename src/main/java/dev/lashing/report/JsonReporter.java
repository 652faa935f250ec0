package dev.lashing.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.lashing.core.Finding;
import dev.lashing.core.ImageSummary;
import dev.lashing.core.Provenance;
import dev.lashing.core.InputError;
import dev.lashing.core.InstructionRef;
import dev.lashing.core.Location;
import dev.lashing.core.ToolInfo;
import dev.lashing.core.fix.Applicability;
import dev.lashing.core.fix.Edit;
import dev.lashing.core.fix.Fix;
import java.io.IOException;
import java.io.Writer;

/**
 * The stable machine-readable report documented in {@code docs/json-format.md}: tool, findings with
 * full ranges and fixes, input errors and a summary, in a fixed key order.
 */
public final class JsonReporter implements Reporter {

    @Override
    public void write(LintReport report, Writer out) throws IOException {
        JsonGenerator g = Json.generator(out);
        g.writeStartObject();
        ToolInfo tool = report.tool();
        g.writeObjectFieldStart("tool");
        g.writeStringField("name", tool.name());
        g.writeStringField("version", tool.version());
        g.writeEndObject();

        if (!report.images().isEmpty()) {
            g.writeArrayFieldStart("images");
            for (ImageSummary i : report.images()) {
                writeImage(g, i);
            }
            g.writeEndArray();
        }
        g.writeArrayFieldStart("findings");
        for (Finding f : report.findings()) {
            writeFinding(g, f);
        }
        g.writeEndArray();

        g.writeArrayFieldStart("errors");
        for (InputError e : report.errors()) {
            g.writeStartObject();
            g.writeStringField("file", e.file());
            g.writeStringField("message", e.message());
            if (e.location().isPresent()) {
                writeRange(g, "range", e.location().get());
            } else {
                g.writeNullField("range");
            }
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeObjectFieldStart("summary");
        g.writeNumberField("filesChecked", report.filesChecked());
        g.writeNumberField("findings", report.findings().size());
        g.writeNumberField("errors", report.errors().size());
        g.writeNumberField("fixesApplied", report.fixesApplied());
        g.writeEndObject();
        g.writeEndObject();
        Json.finish(g, out);
    }

    private static void writeFinding(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", f.location().file().path());
        g.writeObjectFieldStart("rule");
        g.writeStringField("id", f.rule().id());
        g.writeStringField("name", f.rule().name());
        Json.strings(g, "aliases", f.rule().aliases());
        g.writeEndObject();
        g.writeStringField("severity", f.severity().label());
        g.writeStringField("message", f.message());
        Json.strings(g, "practices", f.rule().practices());
        writeRange(g, "range", f.location());
        if (f.provenance().isPresent()) {
            writeProvenance(g, f.provenance().get());
        }
        if (f.fix().isEmpty()) {
            g.writeNullField("fix");
        } else {
            Fix fix = f.fix().get();
            g.writeObjectFieldStart("fix");
            g.writeStringField("description", fix.description());
            g.writeStringField("applicability", applicability(fix.applicability()));
            g.writeArrayFieldStart("edits");
            for (Edit e : fix.edits()) {
                g.writeStartObject();
                writeRange(g, "range", f.location().file().location(e.range()));
                g.writeStringField("replacement", e.replacement());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** Where in an image a finding comes from (image findings only). */
    static void writeProvenance(JsonGenerator g, Provenance p) throws IOException {
        g.writeObjectFieldStart("provenance");
        g.writeStringField("image", p.image());
        if (p.layer() >= 0) {
            g.writeNumberField("layer", p.layer());
            g.writeStringField("layerDigest", p.layerDigest());
        } else {
            g.writeNullField("layer");
            g.writeNullField("layerDigest");
        }
        g.writeStringField("step", p.step());
        g.writeStringField("origin", p.origin().name().toLowerCase(java.util.Locale.ROOT));
        g.writeBooleanField("historyDerived", p.historyDerived());
        if (p.instruction().isPresent()) {
            InstructionRef i = p.instruction().get();
            g.writeObjectFieldStart("instruction");
            g.writeStringField("file", i.file());
            g.writeNumberField("line", i.line());
            g.writeNumberField("column", i.column());
            g.writeStringField("text", i.text());
            g.writeEndObject();
        } else {
            g.writeNullField("instruction");
        }
        g.writeEndObject();
    }

    private static void writeImage(JsonGenerator g, ImageSummary i) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", i.name());
        g.writeStringField("layout", i.layout());
        Json.strings(g, "references", i.references());
        g.writeStringField("manifestDigest", i.manifestDigest().orElse(null));
        g.writeStringField("configDigest", i.configDigest());
        g.writeStringField("platform", i.platform());
        g.writeStringField("os", i.os());
        g.writeStringField("created", i.created());
        g.writeStringField("user", i.user());
        g.writeNumberField("layers", i.layers());
        if (i.baseLayers() >= 0) {
            g.writeNumberField("baseLayers", i.baseLayers());
        } else {
            g.writeNullField("baseLayers");
        }
        g.writeStringField("baseLayersDecidedBy", i.baseSource());
        g.writeNumberField("storedBytes", i.storedBytes());
        g.writeNumberField("uncompressedBytes", i.uncompressedBytes());
        g.writeNumberField("files", i.files());
        g.writeEndObject();
    }

    private static void writeRange(JsonGenerator g, String name, Location loc) throws IOException {
        g.writeObjectFieldStart(name);
        Json.position(g, "start", loc.start());
        Json.position(g, "end", loc.end());
        g.writeEndObject();
    }

    /** The lower-case, hyphenated applicability name: {@code safe}, {@code unsafe}, {@code display-only}. */
    static String applicability(Applicability a) {
        return switch (a) {
            case SAFE -> "safe";
            case UNSAFE -> "unsafe";
            case DISPLAY_ONLY -> "display-only";
        };
    }
}
