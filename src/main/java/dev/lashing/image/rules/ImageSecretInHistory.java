package dev.lashing.image.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Word;
import dev.lashing.image.analyzers.ImageFacts;
import dev.lashing.image.oci.HistoryEntry;
import dev.lashing.rules.Rule;
import dev.lashing.rules.SecretNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The image history records a secret: a build argument, ENV/ARG value, or credential in a recorded RUN. */
@Rule(
        id = "IM005",
        name = "image-secret-in-history",
        summary = "Secret recorded in the image history (build arguments, ENV/ARG, RUN command lines)",
        severity = Severity.ERROR,
        practices = {"P21"},
        aliases = {"CIS-DI-0010"},
        references = {"CWE-798", "CWE-532", "https://docs.docker.com/build/building/secrets/"})
public final class ImageSecretInHistory implements ImageRule {

    @Override
    public void check(ImageFacts image, ImageFindingSink findings) {
        SecretNames names = SecretNames.from(image.settings());
        Set<String> inEnv = new HashSet<>(image.config().env());
        List<HistoryEntry> history = image.config().history();
        for (int i = 0; i < history.size(); i++) {
            RecordedStep step = RecordedStep.of(history.get(i).createdBy());
            List<Hit> found = new ArrayList<>();
            for (String a : step.buildArgs()) {
                assignment(names, a, "the build argument").ifPresent(found::add);
            }
            if (step.keyword().equals("ENV") || step.keyword().equals("ARG")) {
                for (String p : step.pairs()) {
                    if (!(step.keyword().equals("ENV") && inEnv.contains(p))) {
                        assignment(names, p, "the " + step.keyword() + " step").ifPresent(found::add);
                    }
                }
            } else if (step.keyword().equals("RUN")) {
                for (Command c : ImageCommands.parse(step.rest()).commands()) {
                    command(names, c, found);
                }
            } else {
                String rest = step.rest();
                SecretNames.secretInValue(rest).ifPresent(kind -> found.add(new Hit(kind + " in " + step.keyword(), rest)));
            }
            for (Hit f : found) {
                findings.mask(f.value());
                findings.history(i, "the image history records " + f.description() + ": anyone who can pull the image reads it "
                        + "with docker history; revoke it, and pass secrets with RUN --mount=type=secret");
            }
        }
    }

    /** A secret found: what it is (masked) and its raw value, which the engine masks everywhere. */
    private record Hit(String description, String value) {}

    /** What secret {@code NAME=value} holds, if any. */
    private static Optional<Hit> assignment(SecretNames names, String pair, String what) {
        int eq = pair.indexOf('=');
        if (eq <= 0) {
            return Optional.empty();
        }
        String name = pair.substring(0, eq);
        String value = pair.substring(eq + 1);
        Optional<String> kind = SecretNames.secretInValue(value);
        if (kind.isPresent()) {
            return Optional.of(new Hit(kind.get() + " in " + what + " " + name + " (\"" + Secrets.mask(value) + "\")", value));
        }
        if (names.isSecretName(name) && !Secrets.isPlaceholder(value)) {
            return Optional.of(new Hit(what + " " + name + "=\"" + Secrets.mask(value) + "\"", value));
        }
        return Optional.empty();
    }

    private static void command(SecretNames names, Command c, List<Hit> found) {
        for (Word w : c.assignments()) {
            if (w.isStatic()) {
                assignment(names, w.text(), "the variable").ifPresent(found::add);
            }
        }
        boolean export = c.isNamed("export", "declare", "typeset", "readonly");
        String name = c.simpleName().orElse("");
        Optional<String> password = Optional.empty();
        if (c.isNamed("docker", "podman", "buildah", "skopeo", "helm", "nerdctl", "oras", "crane")
                && c.args().stream().anyMatch(w -> w.text().equals("login"))) {
            password = staticText(c.flagValue("-p", "--password"));
        } else if (c.isNamed("mysql", "mysqldump", "mysqladmin", "mariadb", "mariadb-dump")) {
            password = c.args().stream().filter(Word::isStatic).map(Word::text)
                    .filter(t -> t.startsWith("-p") && t.length() > 2 || t.startsWith("--password="))
                    .map(t -> t.substring(t.startsWith("-p") ? 2 : "--password=".length())).findFirst();
        } else if (c.isNamed("sshpass")) {
            password = staticText(c.flagValue("-p"));
        } else if (c.isNamed("curl")) {
            password = staticText(c.flagValue("-u", "--user")).filter(t -> t.contains(":"))
                    .map(t -> t.substring(t.indexOf(':') + 1));
        } else if (c.isNamed("wget")) {
            password = staticText(c.flagValue("--password", "--http-password", "--ftp-password"));
        }
        password.filter(p -> !Secrets.isPlaceholder(p)).ifPresent(p -> found.add(new Hit("a password on the " + name
                + " command line (\"" + Secrets.mask(p) + "\")", p)));
        for (Word w : c.args()) {
            if (export && w.isStatic() && w.text().contains("=")) {
                assignment(names, w.text(), "the exported variable").ifPresent(found::add);
            } else if (w.isStatic()) {
                SecretNames.secretInValue(w.text()).ifPresent(kind -> found.add(new Hit(kind + " on the " + name
                        + " command line", w.text())));
            }
        }
    }

    private static Optional<String> staticText(Optional<Word> w) {
        return w.filter(Word::isStatic).map(Word::text);
    }
}
