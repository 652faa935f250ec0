package dev.lashing.image.rules;

import dev.lashing.core.Severity;
import dev.lashing.image.analyzers.ImageFacts;
import dev.lashing.rules.Rule;
import dev.lashing.rules.SecretNames;
import java.util.List;
import java.util.Optional;

/** The image config's Env holds a secret: a secret-looking name with a literal value, or a known credential format. */
@Rule(
        id = "IM004",
        name = "image-secret-in-env",
        summary = "Secret stored in the image config's environment (Env)",
        severity = Severity.ERROR,
        practices = {"P21"},
        aliases = {"CIS-DI-0010"},
        references = {"CWE-798", "CWE-538", "https://docs.docker.com/build/building/secrets/"})
public final class ImageSecretInEnv implements ImageRule {

    @Override
    public void check(ImageFacts image, ImageFindingSink findings) {
        SecretNames names = SecretNames.from(image.settings());
        List<String> env = image.config().env();
        for (int i = 0; i < env.size(); i++) {
            String entry = env.get(i);
            int eq = entry.indexOf('=');
            String name = eq < 0 ? entry : entry.substring(0, eq);
            String value = eq < 0 ? "" : entry.substring(eq + 1);
            Optional<String> kind = SecretNames.secretInValue(value);
            String where = "/config/Env/" + i;
            if (kind.isPresent()) {
                findings.mask(value);
                findings.config(where, "Env " + name + " contains " + kind.get() + " (\"" + Secrets.mask(value)
                        + "\") stored in the image config, readable by anyone who can pull the image; revoke it and "
                        + "pass it at run time from a file or a secret manager");
            } else if (names.isSecretName(name) && !Secrets.isPlaceholder(value)) {
                findings.mask(value);
                findings.config(where, "Env " + name + " sets a secret-looking value (\"" + Secrets.mask(value)
                        + "\") in the image config, readable by anyone who can pull the image; remove it, rotate it, "
                        + "and pass it at run time from a file or a secret manager");
            }
        }
    }
}
