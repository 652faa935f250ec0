package dev.lashing.runtime.quadlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.SourceFile;
import dev.lashing.runtime.docker.CommandArg;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitFileTest {

    private static UnitFile unit(String text) {
        return UnitFile.parse(new SourceFile("u.container", text));
    }

    @Test
    void sectionsEntriesAndComments() {
        UnitFile u = unit("# c\n[Unit]\nDescription = web\n\n; other\n[Container]\nImage=nginx\nVolume=/a:/b\n"
                + "Volume=/c:/d\n");
        assertThat(u.sections()).extracting(UnitFile.Section::name).containsExactly("Unit", "Container");
        assertThat(u.entries()).extracting(UnitFile.Entry::key).containsExactly("Description", "Image", "Volume", "Volume");
        assertThat(u.entries().get(0).value().text()).isEqualTo("web");
        assertThat(u.entries().get(3).section()).isEqualTo("Container");
        assertThat(u.problems()).isEmpty();
    }

    @Test
    void continuationLinesJoinWithASpaceAndKeepPositions() {
        SourceFile f = new SourceFile("u", "[Container]\nPodmanArgs=--a \\\n  # note\n  --b=1 \\\n  --c\nImage=x\n");
        UnitFile u = UnitFile.parse(f);
        UnitFile.Entry args = u.entries().get(0);
        assertThat(args.value().text()).isEqualTo("--a  --b=1  --c");
        List<CommandArg> words = SystemdWords.split(args.value());
        assertThat(words).extracting(CommandArg::value).containsExactly("--a", "--b=1", "--c");
        assertThat(f.location(words.get(1).range()).text()).isEqualTo("--b=1");
        assertThat(f.location(words.get(1).range()).start().line()).isEqualTo(4);
        assertThat(f.location(args.range()).end().line()).isEqualTo(5);
        assertThat(u.entries().get(1).key()).isEqualTo("Image");
    }

    @Test
    void syntaxProblemsAreLocated() {
        UnitFile u = unit("Image=x\n[Container\n[Container]\njunk\n=x\n");
        assertThat(u.problems()).extracting(UnitFile.Problem::message).containsExactly(
                "assignment outside of a section", "invalid section header", "expected Key=value", "missing key before =");
        assertThat(u.problems().get(2).range().start()).isEqualTo(31);
    }

    @Test
    void systemdWordsUnquoteAndMarkSpecifiers() {
        SourceFile f = new SourceFile("u", "[Container]\nExec=sh -c \"echo 'a b'\" 'x y' a\\sb \\x41 100%% %h/data\n");
        List<CommandArg> w = SystemdWords.split(UnitFile.parse(f).entries().get(0).value());
        assertThat(w).extracting(CommandArg::value).containsExactly("sh", "-c", "echo 'a b'", "x y", "a b", "A", "100%",
                "%h/data");
        assertThat(w.get(6).unresolved()).isFalse();
        assertThat(w.get(7).expansionAt()).isZero();
        assertThat(f.location(w.get(2).range()).text()).isEqualTo("\"echo 'a b'\"");
    }
}
