package dev.lashing.image.rules;

import dev.lashing.core.Severity;
import dev.lashing.core.TextRange;
import dev.lashing.image.analyzers.Accounts;
import dev.lashing.image.analyzers.Accounts.AccountFile;
import dev.lashing.image.analyzers.Accounts.Password;
import dev.lashing.image.analyzers.Accounts.PasswdEntry;
import dev.lashing.image.analyzers.Accounts.ShadowEntry;
import dev.lashing.image.analyzers.ImageFacts;
import dev.lashing.rules.Rule;

/** An account of the image that needs no password: its shadow (or passwd) password field is empty. */
@Rule(
        id = "IM024",
        name = "image-empty-password",
        summary = "An account in the image has an empty password",
        severity = Severity.ERROR,
        practices = {"P30"},
        aliases = {"DKL-LI-0001"},
        references = {"CWE-258", "CWE-521"})
public final class EmptyPassword implements ImageRule {

    @Override
    public void check(ImageFacts image, ImageFindingSink findings) {
        Accounts accounts = image.get(Accounts.class).orElse(Accounts.NONE);
        for (AccountFile<ShadowEntry> f : accounts.shadowFiles()) {
            for (ShadowEntry e : f.entries()) {
                if (e.password() == Password.EMPTY) {
                    report(findings, f, e.name(), e.line());
                }
            }
        }
        accounts.passwd().ifPresent(f -> {
            for (PasswdEntry e : f.entries()) {
                if (e.password() == Password.EMPTY) {
                    report(findings, f, e.name(), e.line());
                }
            }
        });
    }

    private static void report(ImageFindingSink findings, AccountFile<?> f, String name, TextRange line) {
        String risk = name.equals("root")
                ? "any process in the container can become root with su, whatever user it runs as"
                : "any process in the container can switch to it with su without knowing a password";
        findings.content(f.source(), f.text(), line, f.text().substring(line.start(), line.end()),
                "user \"" + name + "\" has an empty password field in " + f.source().absolutePath() + ": " + risk
                        + "; lock the account instead (passwd -l " + name + ", or '*' in the password field)", null);
    }
}
