package dev.lashing.dockerfile.rules;

import dev.lashing.core.FixAvailability;
import dev.lashing.core.Severity;
import dev.lashing.core.fix.Applicability;
import dev.lashing.core.fix.Edit;
import dev.lashing.core.fix.Fix;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Context;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import dev.lashing.dockerfile.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code apt}, the interactive front end whose output and behaviour may change, used in a build script. */
@Rule(
        id = "SH011",
        name = "apt-instead-of-apt-get",
        summary = "apt used in a RUN instead of apt-get or apt-cache",
        severity = Severity.WARNING,
        practices = {"P26"},
        aliases = {"DL3027", "CKV_DOCKER_9"},
        references = {"https://manpages.debian.org/stable/apt/apt.8.en.html"},
        fix = FixAvailability.SOMETIMES)
public final class AptInsteadOfAptGet implements DockerfileRule {
    /** apt verbs served by another tool, with that tool's command. */
    private static final Map<String, String> OTHER_TOOLS = Map.of("list", "dpkg-query -l or apt-cache policy",
            "search", "apt-cache search", "show", "apt-cache show", "policy", "apt-cache policy",
            "depends", "apt-cache depends", "rdepends", "apt-cache rdepends",
            "edit-sources", "a file written under /etc/apt/sources.list.d/");
    /** apt verbs whose apt-get spelling differs: the replacement for the verb word. */
    private static final Map<String, String> RESPELLED = Map.of("full-upgrade", "dist-upgrade",
            "upgrade", "upgrade --with-new-pkgs");

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (DockerfileContext.RunScript run : context.runScripts()) {
            for (Command c : run.script().commandsNamed("apt")) {
                String verb = Apt.verb(c);
                String message = "apt is the interactive front end: its command-line interface is not stable and "
                        + "it warns against use in scripts; use ";
                if (Apt.SHARED_VERBS.contains(verb) || RESPELLED.containsKey(verb)) {
                    String replacement = RESPELLED.getOrDefault(verb, verb);
                    message += "apt-get " + replacement;
                    Word verbWord = Apt.positional(c).get(0);
                    if (run.shell() && c.context() != Context.SHELL_C && c.name().isStatic()
                            && c.name().raw().equals("apt") && verbWord.isStatic() && verbWord.raw().equals(verb)) {
                        List<Edit> edits = new ArrayList<>();
                        edits.add(Edit.replace(c.name().range(), "apt-get"));
                        if (!replacement.equals(verb)) {
                            edits.add(Edit.replace(verbWord.range(), replacement));
                        }
                        findings.report(c.name().range(), message, new Fix("Use apt-get " + replacement,
                                Applicability.UNSAFE, edits));
                        continue;
                    }
                } else {
                    message += OTHER_TOOLS.getOrDefault(verb, "apt-get or apt-cache");
                }
                findings.report(c.name().range(), message);
            }
        }
    }
}
