package dev.lashing.image.rules;

import dev.lashing.core.Severity;
import dev.lashing.image.analyzers.ImageFacts;
import dev.lashing.image.analyzers.InstalledPackages;
import dev.lashing.image.analyzers.InstalledPackages.InstalledPackage;
import dev.lashing.image.analyzers.Links;
import dev.lashing.image.layer.LayerEntry;
import dev.lashing.rules.Rule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The image ships compilers, build tools or development packages that only the build needed. */
@Rule(
        id = "IM033",
        name = "image-build-tools-shipped",
        summary = "The image ships compilers, build tools or development packages",
        severity = Severity.WARNING,
        practices = {"P07", "P15"},
        references = {"https://docs.docker.com/build/building/multi-stage/"})
public final class BuildToolsShipped implements ImageRule {
    static final Set<String> TOOLS = Set.of("gcc", "g++", "cc", "c++", "clang", "make", "cmake", "go", "rustc",
            "cargo", "javac", "git");
    private static final int NAMED_PACKAGES = 5;

    @Override
    public void check(ImageFacts image, ImageFindingSink findings) {
        Set<String> seenTargets = new HashSet<>();
        for (Map.Entry<String, Executables.Found> e : Executables.firstByName(image.fileSystem(), TOOLS).entrySet()) {
            Executables.Found f = e.getValue();
            // cc and c++ are usually links to gcc/g++: report each program once
            Optional<LayerEntry> target = Links.resolve(image.fileSystem(), f.entry().path());
            if (target.isPresent() && !seenTargets.add(target.get().path())) {
                continue;
            }
            findings.file(f.entry(), "build tool " + f.name() + " is shipped at " + f.path() + ": the running "
                    + "application does not need it and an intruder can use it to build exploits; build in a "
                    + "separate stage and copy only the artefact into the final image");
        }
        InstalledPackages packages = image.get(InstalledPackages.class).orElse(null);
        if (packages == null) {
            return;
        }
        List<InstalledPackage> dev = new ArrayList<>();
        for (InstalledPackage p : packages.packages()) {
            if (isDevelopmentPackage(p.name())) {
                dev.add(p);
            }
        }
        if (!dev.isEmpty()) {
            List<String> names = dev.stream().limit(NAMED_PACKAGES).map(InstalledPackage::name).toList();
            String more = dev.size() > NAMED_PACKAGES ? " and " + (dev.size() - NAMED_PACKAGES) + " more" : "";
            findings.file(dev.get(0).database(), dev.size() + " development package" + (dev.size() > 1 ? "s are" : " is")
                    + " installed (" + String.join(", ", names) + more + "): headers and toolchains belong in a build "
                    + "stage; install only the runtime libraries in the final image");
        }
    }

    /** True for headers and toolchain meta-packages: {@code *-dev}, {@code *-devel}, build-essential, build-base. */
    static boolean isDevelopmentPackage(String name) {
        return name.equals("build-essential") || name.equals("build-base") || name.endsWith("-dev")
                || name.endsWith("-devel");
    }
}
