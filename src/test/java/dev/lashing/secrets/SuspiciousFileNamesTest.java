package dev.lashing.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Files that are secrets by name, and look-alikes that are not. */
class SuspiciousFileNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"app/credentials.json", "root/.aws/credentials", "password.txt", "root/.ssh/id_rsa",
        "home/u/.ssh/id_dsa", "id_ecdsa", "id_ed25519", "config/initializers/secret_token.rb", "config/database.yml",
        "var/jenkins_home/credentials.xml", "app/.env", "app/.env.production", "app/.env.local", "root/.git-credentials",
        "root/.netrc", "root/.pgpass", "etc/nginx/.htpasswd", "etc/openvpn/client.ovpn", "x/server.private_key",
        "opt/app/keystore.jks", "opt/app/server.keystore", "certs/client.p12", "certs/client.PFX", "vault.kdbx",
        "safe.psafe3", "root/.docker/config.json", "root/.kube/config", "home/node/.npmrc", "root/.pypirc"})
    void secretsByName(String path) {
        assertThat(SuspiciousFileNames.classify(path)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"app/.env.example", "app/.env.sample", "app/.env.template", "etc/ssl/certs/ca.pem",
        "etc/ssl/private/server.key", "etc/ssl/certs/ca-certificates.crt", "app/config.json", "usr/lib/credentials.py",
        "kube/config", "docs/password.md", "app/environment", "a/.envrc", "id_rsa.pub", ""})
    void notSecretsByName(String path) {
        assertThat(SuspiciousFileNames.classify(path)).isEmpty();
    }
}
