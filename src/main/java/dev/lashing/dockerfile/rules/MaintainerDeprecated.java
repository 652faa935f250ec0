package dev.lashing.dockerfile.rules;

import dev.lashing.core.FixAvailability;
import dev.lashing.core.Severity;
import dev.lashing.core.TextRange;
import dev.lashing.core.fix.Applicability;
import dev.lashing.core.fix.Edit;
import dev.lashing.core.fix.Fix;
import dev.lashing.dockerfile.syntax.Maintainer;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.Locale;

/** The deprecated MAINTAINER instruction; a {@code maintainer} label (or the OCI authors label) replaces it. */
@Rule(
        id = "DF005",
        name = "maintainer-deprecated",
        summary = "MAINTAINER is deprecated; use a LABEL",
        severity = Severity.WARNING,
        practices = {"P26"},
        aliases = {"DL4000", "DS-0022", "DS022", "CKV_DOCKER_6"},
        references = {"https://docs.docker.com/reference/dockerfile/#maintainer-deprecated"},
        fix = FixAvailability.ALWAYS)
public final class MaintainerDeprecated implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        char escape = context.file().escape();
        for (Maintainer m : context.all(Maintainer.class)) {
            String keyword = m.syntax().keyword().text();
            String label = keyword.equals(keyword.toLowerCase(Locale.ROOT)) ? "label" : "LABEL";
            String replacement = label + " maintainer=\"" + quote(m.maintainer().text(), escape) + "\"";
            TextRange whole = new TextRange(m.syntax().keyword().range().start(), m.maintainer().range().end());
            findings.report(m.syntax().keyword().range(),
                    "MAINTAINER is deprecated; record the maintainer in a label (LABEL maintainer=... or "
                            + "org.opencontainers.image.authors)",
                    Fix.of("Replace with LABEL maintainer=...", Applicability.UNSAFE, Edit.replace(whole, replacement)));
        }
    }

    /**
     * MAINTAINER takes its text literally, while LABEL expands variables and removes quotes, so
     * quotes, the escape character and {@code $} are escaped.
     */
    static String quote(String text, char escape) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '$' || c == escape) {
                sb.append(escape);
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
