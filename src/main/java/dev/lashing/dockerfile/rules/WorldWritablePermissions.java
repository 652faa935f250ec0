package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Word;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.List;
import java.util.Set;

/** chmod makes files writable by everyone (777, 666, o+w, a+w) outside the usual sticky temp directories. */
@Rule(
        id = "SH080",
        name = "world-writable-permissions",
        summary = "chmod makes files world-writable (777, o+w)",
        severity = Severity.WARNING,
        practices = {"P33"},
        references = {"CWE-732"})
public final class WorldWritablePermissions implements DockerfileRule {
    private static final Set<String> TEMP = Set.of("/tmp", "/var/tmp", "/dev/shm", "/run/lock");

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (DockerfileContext.RunScript run : context.runScripts()) {
            for (Command c : run.script().commandsNamed("chmod")) {
                List<Word> pos = c.positionalArgs(Set.of("--reference"));
                if (pos.size() < 2 || !worldWritable(pos.get(0).text())) {
                    continue;
                }
                boolean onlyTemp = pos.subList(1, pos.size()).stream().allMatch(w -> TEMP.contains(w.text()));
                if (!onlyTemp) {
                    findings.report(pos.get(0).range(), "chmod " + pos.get(0).text() + " lets every user of the "
                            + "container (and any process that breaks in) change these files, code included; give "
                            + "write access only to the directories the process must write, to its user or group");
                }
            }
        }
    }

    /** True for octal modes whose "others" digit has the write bit, and symbolic o+w / a+w / +w. */
    static boolean worldWritable(String mode) {
        if (!mode.isEmpty() && mode.chars().allMatch(ch -> ch >= '0' && ch <= '7')) {
            if (mode.length() >= 4 && mode.charAt(mode.length() - 4) >= '1' && (mode.charAt(mode.length() - 4) & 1) == 1) {
                return false;
            }
            return mode.length() >= 3 && ((mode.charAt(mode.length() - 1) - '0') & 2) != 0;
        }
        for (String clause : mode.split(",")) {
            int op = Math.max(clause.indexOf('+'), clause.indexOf('='));
            if (op >= 0 && clause.substring(op + 1).contains("w")) {
                String who = clause.substring(0, op);
                if (who.contains("o") || who.contains("a")) {
                    return true;
                }
            }
        }
        return false;
    }
}
