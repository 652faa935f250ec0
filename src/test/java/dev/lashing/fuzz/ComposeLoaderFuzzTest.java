package dev.lashing.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lashing.core.InputError;
import dev.lashing.core.Location;
import dev.lashing.core.SourceFile;
import dev.lashing.runtime.compose.ComposeFiles;
import dev.lashing.runtime.compose.ComposeLoader;
import dev.lashing.runtime.compose.ComposeRequest;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Loaded;
import dev.lashing.runtime.model.Sourced;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fuzzes the compose loader with arbitrary text as the compose file (next to a fixed {@code .env},
 * env file and file to extend): it must never throw nor fail internally, and every location it
 * gives, of a value or of an error, must lie inside a file it read.
 */
class ComposeLoaderFuzzTest {
    private static final Map<String, String> SIDE_FILES = Map.of(
            "/p/.env", "TAG=1.0\nEMPTY=\nNESTED=${TAG:-x}\nQ=\"multi\nline\"\n",
            "/p/app.env", "SECRET=s\nexport MODE=prod\nFROM_HOST\n",
            "/p/base.yml", "services:\n  base:\n    image: b\n    cap_drop: [ALL]\n    extends: base\n");

    @FuzzTest(maxDuration = "30s")
    void composeLoaderIsTotalAndStaysInItsFiles(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        Map<String, String> files = new java.util.HashMap<>(SIDE_FILES);
        files.put("/p/compose.yml", text);
        Loaded loaded = new ComposeLoader(ComposeFiles.inMemory(files)).load(
                ComposeRequest.of(Path.of("/p/compose.yml")).withEnvironment(Map.of("HOME", "/root", "EMPTY", ""))
                        .withAllProfiles());
        for (InputError e : loaded.errors()) {
            assertThat(e.message()).doesNotStartWith("internal error");
            e.location().ifPresent(at -> inside(at, loaded.sources()));
        }
        for (ContainerSpec c : loaded.containers()) {
            inside(c.declaredAt(), loaded.sources());
            for (Sourced<?> s : settings(c)) {
                s.location().ifPresent(at -> inside(at, loaded.sources()));
            }
        }
    }

    private static void inside(Location at, List<SourceFile> sources) {
        assertThat(sources).contains(at.file());
        assertThat(at.range().end()).isLessThanOrEqualTo(at.file().text().length());
    }

    private static List<Sourced<?>> settings(ContainerSpec c) {
        List<Sourced<?>> all = new ArrayList<>(List.of(c.image(), c.command(), c.privileged(), c.noNewPrivileges(),
                c.user(), c.runAsUser(), c.readOnlyRootFilesystem(), c.memoryBytes(), c.cpus(), c.pidsLimit(),
                c.restart(), c.network(), c.pid(), c.ipc(), c.uts(), c.userns(), c.seccomp(), c.apparmor(),
                c.selinuxDisabled(), c.unmaskedPaths(), c.health(), c.oomKillDisable()));
        for (List<? extends Sourced<?>> list : List.of(c.capAdd(), c.capDrop(), c.mounts(), c.ulimits(), c.devices(),
                c.sysctls(), c.env(), c.secrets(), c.ports(), c.groupAdd())) {
            all.addAll(list);
        }
        return all;
    }
}
