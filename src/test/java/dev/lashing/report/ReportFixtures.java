package dev.lashing.report;

import dev.lashing.core.Finding;
import dev.lashing.core.FixAvailability;
import dev.lashing.core.ImageSummary;
import dev.lashing.core.InputError;
import dev.lashing.core.InstructionRef;
import dev.lashing.core.Location;
import dev.lashing.core.Provenance;
import dev.lashing.core.RuleCatalog;
import dev.lashing.core.RuleMeta;
import dev.lashing.core.Severity;
import dev.lashing.core.SourceFile;
import dev.lashing.core.TextRange;
import dev.lashing.core.ToolInfo;
import dev.lashing.core.fix.Applicability;
import dev.lashing.core.fix.Edit;
import dev.lashing.core.fix.Fix;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hand-made rules, sources and reports shared by the reporter tests. */
final class ReportFixtures {

    private ReportFixtures() {}

    static final ToolInfo TOOL = new ToolInfo("lashing", "0.1.0", "https://github.com/lashing-dev/lashing");

    static final RuleMeta LAST_USER_ROOT = new RuleMeta("DF001", "last-user-root",
            "The final stage must not run as root", Severity.ERROR, List.of("USR-1"),
            List.of("DL3002", "CIS-DI-0001", "CKV_DOCKER_8"), List.of("CIS Docker 4.1", "CWE-250"),
            FixAvailability.SOMETIMES, true);
    static final RuleMeta APK_NO_CACHE = new RuleMeta("DF002", "apk-add-without-no-cache",
            "apk add should use --no-cache", Severity.WARNING, List.of("IMG-3"), List.of("DL3019"), List.of(),
            FixAvailability.ALWAYS, true);
    static final RuleMeta MISSING_HEALTHCHECK = new RuleMeta("DF003", "missing-healthcheck",
            "The final stage declares no HEALTHCHECK", Severity.INFO, List.of("RUN-7"),
            List.of("CIS-DI-0006", "CKV_DOCKER_2", "DS-0026"), List.of(), FixAvailability.NONE, false);
    static final RuleMeta UNUSED_RULE = new RuleMeta("DF099", "rule-without-findings",
            "A rule that finds nothing in these tests", Severity.WARNING, List.of(), List.of(), List.of(),
            FixAvailability.NONE, true);
    static final RuleMeta CURL_PIPE_SHELL = new RuleMeta("SH001", "curl-piped-to-shell",
            "Do not pipe a download into a shell", Severity.WARNING, List.of("SUP-1", "SUP-2", "SUP-4"),
            List.of("DL4006", "CIS-DI-0010", "DS-0029", "KSV-0001-very-long-alias-name-that-does-not-fit",
                    "CKV_DOCKER_9", "CKV2_DOCKER_17"),
            List.of("CWE-494"), FixAvailability.NONE, true);

    static final String DF001_DOC = """
            ## What it does
            Checks that the last `USER` instruction of the final stage names a user other than `root`
            (or UID `0`). A stage without any `USER` instruction runs as root as well.

            ## Why is this bad?
            A process running as **root** inside a container is one kernel bug away from root on the host.
            See the [CIS Docker Benchmark](https://www.cisecurity.org/benchmark/docker) and *defence in depth*.

            ## Example
            ```dockerfile
            FROM alpine:3.20
            USER root
            ```

            ## Use instead
            ```dockerfile
            FROM alpine:3.20
            USER 65532:65532
            ```

            ## Fix safety
            The fix is **unsafe**: files the process writes may need other permissions.

            - Replace `root` with an unprivileged UID.
            - Check volumes and file ownership, because the application may write to paths owned by root
              that the new user cannot write to.

            ## References
            1. CIS Docker Benchmark 4.1
            2. <https://cwe.mitre.org/data/definitions/250.html>
            """;

    static final class Catalog implements RuleCatalog {
        private final List<RuleMeta> rules =
                List.of(LAST_USER_ROOT, APK_NO_CACHE, MISSING_HEALTHCHECK, UNUSED_RULE, CURL_PIPE_SHELL);
        private final Map<String, String> docs = Map.of(
                "DF001", DF001_DOC,
                "DF002", "## What it does\nFlags `apk add` without `--no-cache`.\n",
                "DF003", "## What it does\nFlags a final stage without `HEALTHCHECK`.\n",
                "SH001", "## What it does\nFlags `curl ... | sh`.\n\n## Why is this bad?\nThe script is not verified.\n");

        @Override
        public List<RuleMeta> rules() {
            return rules;
        }

        @Override
        public Optional<String> documentation(String ruleId) {
            return Optional.ofNullable(docs.get(ruleId));
        }

        @Override
        public String helpUri(RuleMeta rule) {
            return ToolInfo.DOCS_BASE + rule.id() + ".md";
        }
    }

    static final RuleCatalog CATALOG = new Catalog();

    /** A plain LF Dockerfile with a multi-line RUN and an empty range at the end of the file. */
    static final SourceFile MAIN = new SourceFile("Dockerfile", """
            # syntax=docker/dockerfile:1
            FROM alpine:3.20 AS build
            RUN apk add curl \\
                && curl -fsSL https://example.com/install.sh | sh
            FROM scratch
            COPY --from=build /app /app
            USER root
            """);

    /** A CRLF Dockerfile with a tab, a non-ASCII character, an ANSI escape and a very long line. */
    static final SourceFile CRLF = new SourceFile("app/Docker file.crlf",
            "FROM debian:12\r\n"
                    + "LABEL maintainer=\"Zo\u00eb \ud83d\udc33\" version=1\r\n"
                    + "RUN\tapt-get update &&\tapk add git\r\n"
                    + "RUN echo \"\u001b[31mred\u001b[0m\" && apk add bash\r\n"
                    + "ENV PATH=" + "/opt/very/long/path/segment".repeat(8) + ":/usr/bin VERSION=1 apk add x"
                    + " TAIL=" + "z".repeat(60) + "\r\n"
                    + "USER 0\r\n");

    /** A file that failed to parse. */
    static final SourceFile BROKEN = new SourceFile("broken/Dockerfile", "FROM alpine\nRUN <<EOF\necho hi\n");

    static Location at(SourceFile file, String needle, int occurrence) {
        int idx = -1;
        for (int i = 0; i <= occurrence; i++) {
            idx = file.text().indexOf(needle, idx + 1);
            if (idx < 0) {
                throw new IllegalArgumentException(needle + " not in " + file);
            }
        }
        return file.location(new TextRange(idx, idx + needle.length()));
    }

    static Location at(SourceFile file, String needle) {
        return at(file, needle, 0);
    }

    static Finding finding(RuleMeta rule, String message, Location loc, Fix fix) {
        return new Finding(rule, rule.severity(), message, loc, Optional.ofNullable(fix));
    }

    /** The report every golden file is made from. */
    static LintReport report() {
        Location apkMain = at(MAIN, "apk add");
        Location userRoot = at(MAIN, "USER root");
        Location rootWord = MAIN.location(new TextRange(userRoot.range().start() + 5, userRoot.range().end()));
        int runStart = MAIN.text().indexOf("RUN apk");
        int runEnd = MAIN.text().indexOf("| sh") + 4;
        Location run = MAIN.location(new TextRange(runStart, runEnd));
        Location eof = MAIN.location(TextRange.at(MAIN.text().length()));

        Location tabApk = at(CRLF, "apk add git");
        Location ansiApk = at(CRLF, "apk add bash");
        Location longApk = at(CRLF, "apk add x");
        Location label = at(CRLF, "version=1");
        Location user0 = at(CRLF, "USER 0");

        List<Finding> findings = List.of(
                finding(CURL_PIPE_SHELL, "A script downloaded with curl is piped into sh", run, null),
                finding(APK_NO_CACHE, "Use `apk add --no-cache` to keep the package index out of the image", apkMain,
                        Fix.of("Add --no-cache", Applicability.SAFE,
                                Edit.insert(apkMain.range().end(), " --no-cache"))),
                finding(LAST_USER_ROOT, "The final stage runs as root: USER root", userRoot,
                        Fix.of("Switch to the unprivileged UID 65532", Applicability.UNSAFE,
                                Edit.replace(rootWord.range(), "65532"))),
                finding(MISSING_HEALTHCHECK, "The final stage declares no HEALTHCHECK", eof,
                        Fix.of("Add a HEALTHCHECK instruction", Applicability.DISPLAY_ONLY,
                                Edit.insert(eof.range().end(), "HEALTHCHECK CMD [\"/app\", \"--health\"]\n"))),
                new Finding(LAST_USER_ROOT, Severity.INFO, "Label after a non-ASCII value", label, Optional.empty()),
                finding(APK_NO_CACHE, "Use `apk add --no-cache`", tabApk,
                        new Fix("Add --no-cache", Applicability.SAFE, List.of(
                                Edit.insert(tabApk.range().end(), " --no-cache")))),
                finding(APK_NO_CACHE, "Message with an escape \u001b[2J and a carriage return \r and NUL \0 inside",
                        ansiApk, null),
                finding(APK_NO_CACHE, "Use `apk add --no-cache` (in a very long line)", longApk, null),
                finding(LAST_USER_ROOT, "The final stage runs as UID 0", user0, null));
        List<InputError> errors = List.of(
                InputError.at(at(BROKEN, "<<EOF"), "unterminated heredoc <<EOF"),
                InputError.ofFile("missing/Dockerfile", "file not found"));
        return new LintReport(TOOL, findings, errors, 5, 0, CATALOG);
    }

    /** The small report whose JSON is the example in {@code docs/json-format.md}. */
    static LintReport exampleReport() {
        SourceFile file = new SourceFile("Dockerfile", "FROM alpine:3.20\nRUN apk add curl\nUSER root\n");
        Location apk = at(file, "apk add");
        Location user = at(file, "USER root");
        Location root = file.location(new TextRange(user.range().start() + 5, user.range().end()));
        List<Finding> findings = List.of(
                finding(APK_NO_CACHE, "Use `apk add --no-cache` to keep the package index out of the image", apk,
                        Fix.of("Add --no-cache", Applicability.SAFE, Edit.insert(apk.range().end(), " --no-cache"))),
                finding(LAST_USER_ROOT, "The final stage runs as root: USER root", user,
                        Fix.of("Switch to the unprivileged UID 65532", Applicability.UNSAFE,
                                Edit.replace(root.range(), "65532"))));
        List<InputError> errors = List.of(InputError.ofFile("services/api/Dockerfile", "file not found"));
        return new LintReport(TOOL, findings, errors, 2, 0, CATALOG);
    }

    /** A long RUN, to show how the text report shortens an instruction. */
    static final String LONG_RUN = "RUN curl -fsSL https://downloads.example.com/releases/tool/v1.2.3/tool-linux-amd64.tar.gz"
            + " | tar -xz -C /usr/local/bin";

    /** An image scanned with its Dockerfile: findings traced to an instruction, one in the base, and a Dockerfile one. */
    static LintReport imageReport() {
        SourceFile dockerfile = new SourceFile("Dockerfile", "FROM debian:12\n"
                + "RUN apt-get update && apt-get install -y curl\n" + LONG_RUN + "\nUSER root\n");
        SourceFile config = new SourceFile("app.tar!config.json", "{\"config\": {\"User\": \"root\"}}");
        String own = "sha256:" + "ab12".repeat(16);
        String base = "sha256:" + "0f0e".repeat(16);
        Provenance baseLayer = new Provenance("app.tar", 0, base, "/bin/sh -c #(nop) ADD file:d13afefc in / ",
                Provenance.Origin.BASE, false);
        Provenance curlLayer = new Provenance("app.tar", 1, own,
                "RUN /bin/sh -c apt-get update && apt-get install -y curl # buildkit", Provenance.Origin.OWN, false,
                Optional.of(new InstructionRef("Dockerfile", 2, 1, "RUN apt-get update && apt-get install -y curl")));
        Provenance toolLayer = new Provenance("app.tar", 2, "sha256:" + "cd34".repeat(16),
                LONG_RUN.replace("RUN ", "RUN /bin/sh -c ") + " # buildkit", Provenance.Origin.OWN, false,
                Optional.of(new InstructionRef("Dockerfile", 3, 1, LONG_RUN)));
        Provenance user = new Provenance("app.tar", -1, "", "USER root", Provenance.Origin.OWN, false,
                Optional.of(new InstructionRef("Dockerfile", 4, 1, "USER root")));
        SourceFile curl = new SourceFile("app.tar!/usr/bin/curl", "");
        SourceFile tool = new SourceFile("app.tar!/usr/local/bin/tool", "");
        SourceFile shadow = new SourceFile("app.tar!/etc/shadow", "");
        List<Finding> findings = List.of(
                finding(LAST_USER_ROOT, "The final stage runs as root: USER root", at(dockerfile, "USER root"), null),
                new Finding(LAST_USER_ROOT, Severity.ERROR, "The image runs as root", at(config, "\"User\": \"root\""),
                        Optional.empty(), Optional.of(user)),
                new Finding(MISSING_HEALTHCHECK, Severity.INFO, "World-readable /etc/shadow",
                        shadow.location(TextRange.at(0)), Optional.empty(), Optional.of(baseLayer)),
                new Finding(CURL_PIPE_SHELL, Severity.WARNING, "curl ships in the image",
                        curl.location(TextRange.at(0)), Optional.empty(), Optional.of(curlLayer)),
                new Finding(CURL_PIPE_SHELL, Severity.WARNING, "A downloaded tool ships in the image",
                        tool.location(TextRange.at(0)), Optional.empty(), Optional.of(toolLayer)));
        ImageSummary image = new ImageSummary("app.tar", "docker-archive", List.of("app:1.0"), Optional.empty(),
                "sha256:" + "9a".repeat(32), "linux/amd64", "2024-01-02T03:04:05Z", "root", 3, 1,
                "the base image's last CMD/ENTRYPOINT in the history", 40_000_000, 90_000_000, 4321, "Debian GNU/Linux 12");
        return new LintReport(TOOL, findings, List.of(), 2, 0, CATALOG, List.of(image));
    }
}
