package dev.lashing.runtime.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.InputError;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Loaded;
import java.util.List;

/** Helpers for docker run parser tests. */
final class RunLines {
    private RunLines() {
    }

    /** Parses a line that must read without errors, and returns its one container. */
    static ContainerSpec spec(String line) {
        Loaded l = DockerRunParser.parse("cmd", line);
        assertThat(l.errors()).extracting(InputError::describe).isEmpty();
        assertThat(l.containers()).hasSize(1);
        return l.containers().get(0);
    }

    /** Parses a line and returns the error messages with positions. */
    static List<String> errors(String line) {
        return DockerRunParser.parse("cmd", line).errors().stream().map(InputError::describe).toList();
    }
}
