package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Word;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Compilers, -dev packages, build tools or git installed in a stage that is shipped. */
@Rule(
        id = "SH076",
        name = "build-tools-in-shipped-image",
        summary = "Compilers, -dev packages or build tools installed in the shipped image",
        severity = Severity.INFO,
        practices = {"P07"},
        references = {"https://docs.docker.com/build/building/multi-stage/"})
public final class BuildToolsInShippedImage implements DockerfileRule {
    private static final Set<String> TOOLS = Set.of("gcc", "g++", "cc", "clang", "make", "cmake", "ninja-build",
            "build-essential", "build-base", "autoconf", "automake", "libtool", "pkg-config", "pkgconf", "git",
            "golang", "go", "rustc", "cargo", "maven", "gradle", "openjdk-17-jdk", "default-jdk", "nodejs-dev",
            "gcc-c++", "kernel-devel", "linux-headers", "musl-dev", "bison", "flex", "gfortran");

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        boolean multiStage = context.model().stages().size() > 1;
        for (DockerfileContext.RunScript run : context.runScripts()) {
            if (run.stage().isEmpty() || !context.model().isShipped(run.stage().get())) {
                continue;
            }
            for (Command c : run.script().commands()) {
                List<String> found = new ArrayList<>();
                Word first = null;
                for (Word w : InstalledPackages.of(c)) {
                    String name = InstalledPackages.name(w);
                    if (TOOLS.contains(name) || name.endsWith("-dev") || name.endsWith("-devel")) {
                        found.add(name);
                        first = first == null ? w : first;
                    }
                }
                if (first != null) {
                    findings.report(first.range(), "build tools in the shipped image (" + String.join(", ", found)
                            + "): they add size and give an attacker a compiler; "
                            + (multiStage ? "install them in the build stage only"
                                    : "build in a separate stage and COPY --from it only the result"));
                }
            }
        }
    }
}
