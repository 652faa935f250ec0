package dev.lashing.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lashing.core.Finding;
import dev.lashing.core.InputError;
import dev.lashing.core.RuleMeta;
import dev.lashing.core.SourceFile;
import dev.lashing.engine.LintOptions;
import dev.lashing.engine.RuntimeChecker;
import dev.lashing.registry.BuiltinRules;
import dev.lashing.registry.CodeResolver;
import dev.lashing.registry.RegisteredRule;
import dev.lashing.rules.Settings;
import dev.lashing.runtime.compose.ComposeFiles;
import dev.lashing.runtime.compose.ComposeLoader;
import dev.lashing.runtime.compose.ComposeRequest;
import dev.lashing.runtime.kubernetes.KubernetesLoader;
import dev.lashing.runtime.rules.RuntimeRule;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pins the report of run-time inputs in every format: a compose project and a Kubernetes manifest checked with
 * the default rules, through the real loaders and checker (text and JSON against golden files). Secrets stay
 * masked in every format, locations point into the YAML, and the SARIF is valid against the official schema.
 */
class RuntimeReportGoldenTest {
    private static final String COMPOSE = """
            services:
              web:
                image: nginx:1.27
                privileged: true
                ports: ["8080:80"]
                environment:
                  DB_PASSWORD: s3cr3t-Passw0rd-42
                volumes:
                  - /var/run/docker.sock:/var/run/docker.sock:ro
            """;
    private static final String MANIFEST = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
              namespace: shop
            spec:
              template:
                spec:
                  securityContext:
                    runAsNonRoot: true
                    runAsUser: 10001
                    seccompProfile: {type: RuntimeDefault}
                  automountServiceAccountToken: false
                  containers:
                  - name: app
                    image: ghcr.io/acme/api@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
                    securityContext:
                      allowPrivilegeEscalation: false
                      readOnlyRootFilesystem: true
                      capabilities: {drop: [ALL], add: [SYS_ADMIN]}
                    resources:
                      limits: {cpu: 500m, memory: 256Mi}
                    readinessProbe: {httpGet: {path: /ready, port: 8080}}
                    livenessProbe: {httpGet: {path: /live, port: 8080}}
            """;

    private static LintReport report() {
        List<RegisteredRule> rules = BuiltinRules.all().stream()
                .filter(r -> r.implementation() instanceof RuntimeRule && r.meta().enabledByDefault()).toList();
        CodeResolver resolver = new CodeResolver(BuiltinRules.catalog().rules());
        RuntimeChecker checker = new RuntimeChecker(new LintOptions(rules, RuleMeta::severity, (path, id) -> false,
                Settings.empty(), true, Map.of(), resolver::resolve));
        List<Finding> findings = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        for (RuntimeChecker.RuntimeResult r : List.of(
                checker.check(new ComposeLoader(ComposeFiles.inMemory(Map.of("compose.yaml", COMPOSE)))
                        .load(ComposeRequest.of(Path.of("compose.yaml")))),
                checker.check(new KubernetesLoader().load(new SourceFile("k8s/api.yaml", MANIFEST))))) {
            findings.addAll(r.findings());
            errors.addAll(r.errors());
        }
        return new LintReport(ReportFixtures.TOOL, findings, errors, 2, 0, BuiltinRules.catalog());
    }

    private static String render(Reporter reporter) throws IOException {
        StringWriter out = new StringWriter();
        reporter.write(report(), out);
        return out.toString();
    }

    @Test
    void textReport() throws IOException {
        String text = render(new TextReporter(false));
        Golden.assertGolden("runtime-text.txt", text);
        assertThat(text).doesNotContain("s3cr3t-Passw0rd-42").contains("compose.yaml:4:17: RT001",
                "k8s/api.yaml:20:45: RT003");
    }

    @Test
    void jsonReport() throws IOException {
        String json = render(new JsonReporter());
        Golden.assertGolden("runtime-report.json", json);
        assertThat(json).doesNotContain("s3cr3t-Passw0rd-42");
        assertThat(new ObjectMapper().readTree(json).at("/errors").size()).isZero();
    }

    @Test
    void sarifReportIsValid() throws IOException {
        // no golden: the run's SARIF carries every rule's documentation, which the docs tests already pin
        String sarif = render(new SarifReporter());
        assertThat(sarif).doesNotContain("s3cr3t-Passw0rd-42");
        assertThat(SarifReporterTest.sarifSchema().validate(new ObjectMapper().readTree(sarif))).isEmpty();
    }
}
