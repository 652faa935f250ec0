package dev.lashing.image.rules;

import dev.lashing.core.Severity;
import dev.lashing.image.analyzers.Accounts;
import dev.lashing.image.analyzers.Accounts.PasswdEntry;
import dev.lashing.image.analyzers.ImageFacts;
import dev.lashing.rules.Rule;

/** A passwd user other than root with UID 0 (e.g. {@code toor}), present or used as config.User. */
@Rule(
        id = "IM028",
        name = "image-user-is-uid-0-by-name",
        summary = "A user other than root has UID 0 in the image's /etc/passwd",
        severity = Severity.WARNING,
        practices = {"P30"},
        references = {"CWE-250", "CIS Distribution Independent Linux 6.2.5 (root is the only UID 0 account)"})
public final class UidZeroByAnotherName implements ImageRule {

    @Override
    public void check(ImageFacts image, ImageFindingSink findings) {
        Accounts accounts = image.get(Accounts.class).orElse(Accounts.NONE);
        String written = image.config().user().trim();
        String userPart = written.contains(":") ? written.substring(0, written.indexOf(':')) : written;
        accounts.passwd().ifPresent(f -> {
            for (PasswdEntry e : f.entries()) {
                if (e.uid() != 0 || e.name().equals("root")) {
                    continue;
                }
                findings.content(f.source(), f.text(), e.line(), f.text().substring(e.line().start(), e.line().end()),
                        "user \"" + e.name() + "\" has UID 0 in /etc/passwd: it is root under another name, which "
                                + "hides root from checks and audits that look for \"root\"; remove it or give it "
                                + "its own non-zero UID", null);
            }
        });
        if (!userPart.isEmpty() && !userPart.equals("root")) {
            accounts.user(userPart).filter(u -> u.uid() == 0).ifPresent(u -> findings.config("/config/User",
                    "the image runs as \"" + userPart + "\", which is UID 0 in its /etc/passwd: the container runs as "
                            + "root although its user does not say so; run as a non-root numeric UID (e.g. USER 10001)"));
        }
    }
}
