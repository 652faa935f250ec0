package dev.lashing.image.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Word;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageCommandsTest {

    private static List<String> names(List<String> argv) {
        return ImageCommands.argv(argv).commands().stream().map(c -> c.simpleName().orElse("?")).toList();
    }

    @Test
    void shellDashCIsReadAsAScript() {
        assertThat(names(List.of("/bin/sh", "-c", "cd /app && exec gunicorn app:app"))).contains("cd", "gunicorn");
        assertThat(names(List.of("bash", "-ec", "flask run"))).containsExactly("flask");
    }

    @Test
    void execFormArgumentsStayWholeWords() {
        List<Command> cs = ImageCommands.argv(List.of("echo", "it's a test; rm -rf /", "$HOME")).commands();
        assertThat(cs).singleElement().satisfies(c -> assertThat(c.args().stream().map(Word::text))
                .containsExactly("it's a test; rm -rf /", "$HOME"));
    }
}
