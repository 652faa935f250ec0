package dev.lashing.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options every checking command shares: configuration file, rule selection, fail threshold. */
final class SelectionOptions {

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Lowest severity that fails the run: error, warning, info (default) or never.")
    String failOn;

    @Option(names = "--select", split = ",", paramLabel = "SELECTOR",
            description = "Rules to run instead of the default set: ids, prefixes (DF, SH, IM), names, peer codes "
                    + "(DL3002, CIS-DI-0001) or ALL.")
    List<String> select;

    @Option(names = "--extend-select", split = ",", paramLabel = "SELECTOR", description = "Rules to run in addition.")
    List<String> extendSelect = new ArrayList<>();

    @Option(names = "--ignore", split = ",", paramLabel = "SELECTOR", description = "Rules not to run.")
    List<String> ignore = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: nearest .lashing.yaml, else .hadolint.yaml).")
    Path config;

    @Option(names = "--isolated", description = "Ignore every configuration file.")
    boolean isolated;
}
