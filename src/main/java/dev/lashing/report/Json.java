package dev.lashing.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.lashing.core.Position;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Shared JSON output settings: 2-space indent, {@code "key": value}, {@code []}/{@code {}} when empty, LF. */
final class Json {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private Json() {}

    /** A pretty-printing generator over {@code out} that leaves {@code out} open. */
    static JsonGenerator generator(Writer out) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        JsonGenerator g = FACTORY.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setPrettyPrinter(printer);
        return g;
    }

    /** Closes the generator and ends the document with a newline. */
    static void finish(JsonGenerator g, Writer out) throws IOException {
        g.close();
        out.write('\n');
        out.flush();
    }

    /** Writes an array of strings under {@code name}. */
    static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /** Writes {@code {"line": .., "column": ..}} under {@code name}. */
    static void position(JsonGenerator g, String name, Position p) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("line", p.line());
        g.writeNumberField("column", p.column());
        g.writeEndObject();
    }
}
