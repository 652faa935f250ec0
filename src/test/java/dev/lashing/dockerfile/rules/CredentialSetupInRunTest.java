package dev.lashing.dockerfile.rules;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class CredentialSetupInRunTest {
    private final RuleTester tester = RuleTester.of(CredentialSetupInRun.class);

    @Test
    void loginsWithoutSecretMountsAreFlagged() {
        tester.check("""
                FROM google/cloud-sdk:slim
                ARG AWS_SECRET
                # expect: SH073
                RUN aws configure set aws_secret_access_key $AWS_SECRET
                # expect: SH073
                RUN gcloud auth activate-service-account --key-file=/tmp/key.json
                # expect: SH073
                RUN az login --service-principal -u x -p "$PW" --tenant t
                # expect: SH073
                RUN doctl auth init -t "$TOKEN"
                # expect: SH073
                RUN docker login -u me -p "$PW" registry.example.com
                """);
    }

    @Test
    void secretMountsAndHarmlessCommandsPass() {
        tester.check("""
                FROM google/cloud-sdk:slim
                RUN --mount=type=secret,id=gcp gcloud auth activate-service-account --key-file=/run/secrets/gcp
                RUN aws configure set region eu-west-1
                RUN az login --identity
                RUN docker login --password-stdin < /dev/null || true
                """);
    }
}
