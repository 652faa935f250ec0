package dev.lashing.image.rules;

import dev.lashing.core.Severity;
import dev.lashing.core.TextRange;
import dev.lashing.image.analyzers.Accounts;
import dev.lashing.image.analyzers.Accounts.AccountFile;
import dev.lashing.image.analyzers.Accounts.GroupEntry;
import dev.lashing.image.analyzers.Accounts.PasswdEntry;
import dev.lashing.image.analyzers.ImageFacts;
import dev.lashing.rules.Rule;
import java.util.HashMap;
import java.util.Map;

/** Two users with one UID in /etc/passwd, or two groups with one GID in /etc/group. */
@Rule(
        id = "IM025",
        name = "image-duplicate-id",
        summary = "Two accounts in the image share a UID, or two groups a GID",
        severity = Severity.WARNING,
        practices = {"P30", "P31"},
        aliases = {"DKL-LI-0002"},
        references = {"CIS Distribution Independent Linux 6.2 (no duplicate UIDs / GIDs)"})
public final class DuplicateAccountId implements ImageRule {

    @Override
    public void check(ImageFacts image, ImageFindingSink findings) {
        Accounts accounts = image.get(Accounts.class).orElse(Accounts.NONE);
        accounts.passwd().ifPresent(f -> {
            Map<Long, String> first = new HashMap<>();
            for (PasswdEntry e : f.entries()) {
                String other = first.putIfAbsent(e.uid(), e.name());
                if (other != null) {
                    report(findings, f, e.line(), "user \"" + e.name() + "\" has UID " + e.uid() + ", as \"" + other
                            + "\" does: the kernel only knows the number, so both are the same user for every file "
                            + "and process" + (e.uid() == 0 ? ", here root" : "")
                            + "; give each user its own UID or remove the duplicate");
                }
            }
        });
        accounts.group().ifPresent(f -> {
            Map<Long, String> first = new HashMap<>();
            for (GroupEntry e : f.entries()) {
                String other = first.putIfAbsent(e.gid(), e.name());
                if (other != null) {
                    report(findings, f, e.line(), "group \"" + e.name() + "\" has GID " + e.gid() + ", as \""
                            + other + "\" does: members of either get the other's file access; give each group its "
                            + "own GID or remove the duplicate");
                }
            }
        });
    }

    private static void report(ImageFindingSink findings, AccountFile<?> f, TextRange line, String message) {
        findings.content(f.source(), f.text(), line, f.text().substring(line.start(), line.end()), message, null);
    }
}
