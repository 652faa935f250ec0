package dev.lashing.image.rules;

import dev.lashing.core.Severity;
import dev.lashing.image.analyzers.ImageFacts;
import dev.lashing.rules.Rule;
import dev.lashing.rules.TlsSwitches;
import java.util.List;

/** The image config's Env switches off TLS certificate verification for the running application. */
@Rule(
        id = "IM012",
        name = "image-env-tls-disabled",
        summary = "Image environment switches off TLS certificate verification (NODE_TLS_REJECT_UNAUTHORIZED=0, ...)",
        severity = Severity.WARNING,
        practices = {"P12"},
        references = {"CWE-295"})
public final class ImageEnvTlsDisabled implements ImageRule {

    @Override
    public void check(ImageFacts image, ImageFindingSink findings) {
        List<String> env = image.config().env();
        for (int i = 0; i < env.size(); i++) {
            String e = env.get(i);
            int eq = e.indexOf('=');
            if (eq > 0) {
                String name = e.substring(0, eq);
                String pointer = "/config/Env/" + i;
                TlsSwitches.effect(name, e.substring(eq + 1)).ifPresent(what -> findings.config(pointer, "Env " + name
                        + " switches off " + what + " in every container started from the image: anyone on the network path can impersonate the servers it talks "
                        + "to; remove it and add the needed CA certificate to the trust store instead"));
            }
        }
    }
}
