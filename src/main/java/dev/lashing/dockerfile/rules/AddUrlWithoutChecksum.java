package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.syntax.Add;
import dev.lashing.dockerfile.syntax.Token;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.Locale;

/** ADD of a remote URL without {@code --checksum}, so whatever the server returns goes into the image. */
@Rule(
        id = "DF061",
        name = "add-url-without-checksum",
        summary = "ADD of a URL without --checksum",
        severity = Severity.WARNING,
        practices = {"P12", "P20"},
        references = {"CWE-494", "https://docs.docker.com/reference/dockerfile/#add---checksum"})
public final class AddUrlWithoutChecksum implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (Add add : context.all(Add.class)) {
            if (add.syntax().flag("checksum").isPresent()) {
                continue;
            }
            for (Token source : add.sources()) {
                String value = context.expand(add, source.text()).value().toLowerCase(Locale.ROOT);
                boolean git = value.endsWith(".git") || value.startsWith("git@") || value.contains(".git#");
                if ((value.startsWith("http://") || value.startsWith("https://")) && !git) {
                    findings.report(source.range(), "ADD downloads " + source.text() + " without --checksum: "
                            + "whatever the server (or anyone in between) returns goes into the image; add "
                            + "--checksum=sha256:<digest> (BuildKit verifies it)");
                }
            }
        }
    }
}
