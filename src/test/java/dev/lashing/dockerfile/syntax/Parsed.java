package dev.lashing.dockerfile.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Position;
import dev.lashing.core.TextRange;
import java.util.List;

/** Test helper: a parsed Dockerfile with shortcuts to instructions, errors and source text. */
final class Parsed {
    final Dockerfile df;

    private Parsed(Dockerfile df) {
        this.df = df;
    }

    /** Parses and checks the lossless property on the way. */
    static Parsed parse(String text) {
        Dockerfile df = Dockerfile.parse("Dockerfile", text);
        assertThat(df.print()).isEqualTo(text);
        return new Parsed(df);
    }

    /** The {@code index}-th top-level instruction, checked to be of {@code type}. */
    <T extends Instruction> T get(int index, Class<T> type) {
        Instruction i = df.instructions().get(index);
        assertThat(i).isInstanceOf(type);
        return type.cast(i);
    }

    /** The source text of {@code range}. */
    String text(TextRange range) {
        return df.source().text().substring(range.start(), range.end());
    }

    /** The start position of {@code range}. */
    Position at(TextRange range) {
        return df.source().position(range.start());
    }

    /** The error messages. */
    List<String> errors() {
        return df.issues().stream().filter(i -> i.kind() == ParseIssue.Kind.ERROR).map(ParseIssue::message).toList();
    }

    /** The warning messages. */
    List<String> warnings() {
        return df.issues().stream().filter(i -> i.kind() == ParseIssue.Kind.WARNING).map(ParseIssue::message).toList();
    }
}
