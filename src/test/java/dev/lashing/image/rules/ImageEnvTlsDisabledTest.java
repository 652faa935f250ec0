package dev.lashing.image.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.ImageRuleTester;
import dev.lashing.testing.ImageRuleTester.Reported;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageEnvTlsDisabledTest {
    private final ImageRuleTester tester = ImageRuleTester.of(ImageEnvTlsDisabled.class);

    @Test
    void variablesThatSwitchOffVerificationAreReportedAtTheirIndex() {
        List<Reported> r = tester.check(ImageRuleTester.image().env("PATH=/usr/bin",
                "NODE_TLS_REJECT_UNAUTHORIZED=0", "PYTHONHTTPSVERIFY=0", "NPM_CONFIG_STRICT_SSL=false",
                "GIT_SSL_NO_VERIFY=", "PIP_TRUSTED_HOST=pypi.internal", "CURL_CA_BUNDLE="));
        assertThat(r).extracting(Reported::target).containsExactly("/config/Env/1", "/config/Env/2",
                "/config/Env/3", "/config/Env/4", "/config/Env/5", "/config/Env/6");
        assertThat(r.get(0).message()).contains("NODE_TLS_REJECT_UNAUTHORIZED").contains("Node.js");
        assertThat(r.get(4).message()).contains("pypi.internal");
    }

    @Test
    void safeValuesAreFine() {
        assertThat(tester.check(ImageRuleTester.image().env("NODE_TLS_REJECT_UNAUTHORIZED=1",
                "PYTHONHTTPSVERIFY=1", "NPM_CONFIG_STRICT_SSL=true", "PIP_TRUSTED_HOST=",
                "CURL_CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt", "NODE_EXTRA_CA_CERTS=/etc/ssl/ca.pem"))).isEmpty();
    }
}
