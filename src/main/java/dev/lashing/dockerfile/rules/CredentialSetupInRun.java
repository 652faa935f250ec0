package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Word;
import dev.lashing.dockerfile.syntax.Mount;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.List;
import java.util.Locale;

/** A RUN logs in to a cloud or registry with credentials but has no secret mount to take them from. */
@Rule(
        id = "SH073",
        name = "credential-setup-without-secret-mount",
        summary = "Cloud or registry login in RUN without a --mount=type=secret",
        severity = Severity.WARNING,
        practices = {"P21"},
        aliases = {"DS-0031", "DS031"},
        references = {"CWE-522", "https://docs.docker.com/build/building/secrets/"})
public final class CredentialSetupInRun implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (DockerfileContext.RunScript run : context.runScripts()) {
            if (run.run().mounts().stream().map(Mount::type).anyMatch("secret"::equals)) {
                continue;
            }
            for (Command c : run.script().commands()) {
                String what = login(c);
                if (what != null) {
                    findings.report(c.range(), what + " in a RUN without a secret mount: the credentials come from "
                            + "the Dockerfile, a build argument or a copied file, and stay in the image history or a "
                            + "layer; pass them with RUN --mount=type=secret,id=...");
                }
            }
        }
    }

    /** What kind of credential setup {@code c} is, or null. */
    private static String login(Command c) {
        List<String> args = c.args().stream().map(Word::text).map(s -> s.toLowerCase(Locale.ROOT)).toList();
        String name = c.simpleName().orElse("");
        if (name.equals("aws") && args.size() >= 3 && args.get(0).equals("configure") && args.get(1).equals("set")
                && (args.get(2).contains("secret_access_key") || args.get(2).contains("session_token")
                        || args.get(2).contains("access_key_id"))) {
            return "aws configure set " + c.args().get(2).text();
        }
        if (name.equals("gcloud") && args.size() >= 2 && args.get(0).equals("auth")
                && (args.get(1).equals("activate-service-account") || args.get(1).equals("login"))) {
            return "gcloud auth " + args.get(1);
        }
        if (name.equals("az") && args.size() >= 1 && args.get(0).equals("login")
                && c.hasFlag("-p", "--password", "--federated-token")) {
            return "az login with a password";
        }
        if (name.equals("doctl") && args.size() >= 2 && args.get(0).equals("auth") && args.get(1).equals("init")
                && c.hasFlag("-t", "--access-token")) {
            return "doctl auth init with a token";
        }
        if ((name.equals("docker") || name.equals("podman") || name.equals("helm")) && args.contains("login")
                && c.hasFlag("-p", "--password")) {
            return name + " login with a password";
        }
        return null;
    }
}
