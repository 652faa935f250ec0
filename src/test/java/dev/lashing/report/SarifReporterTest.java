package dev.lashing.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.lashing.core.Finding;
import dev.lashing.core.SourceFile;
import dev.lashing.core.TextRange;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SarifReporterTest {

    /** The {@code $id} of the official schema; mapped to the copy in test resources, so nothing is fetched. */
    private static final String SCHEMA_ID =
            "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json";

    private static JsonSchema schema;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @BeforeAll
    static void loadSchema() {
        schema = sarifSchema();
    }

    /** The official SARIF 2.1.0 schema, from test resources (nothing is fetched); loaded once. */
    static synchronized JsonSchema sarifSchema() {
        if (schema == null) {
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
                    builder -> builder.schemaMappers(mappers -> mappers
                            .mapPrefix("https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/",
                                    "classpath:sarif/")
                            .mapPrefix("https://json.schemastore.org/sarif-2.1.0.json",
                                    "classpath:sarif/sarif-schema-2.1.0.json")));
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            schema = factory.getSchema(SchemaLocation.of(SCHEMA_ID), config);
            schema.initializeValidators();
        }
        return schema;
    }

    static String render(LintReport report) throws IOException {
        StringWriter out = new StringWriter();
        new SarifReporter().write(report, out);
        return out.toString();
    }

    @Test
    void outputMatchesGolden() throws IOException {
        Golden.assertGolden("report.sarif", render(ReportFixtures.report()));
    }

    @Test
    void outputIsValidAgainstTheOfficialSchema() throws IOException {
        JsonNode sarif = MAPPER.readTree(render(ReportFixtures.report()));
        Set<ValidationMessage> errors = schema.validate(sarif);
        assertThat(errors).isEmpty();
        JsonNode empty = MAPPER.readTree(render(
                new LintReport(ReportFixtures.TOOL, List.of(), List.of(), 0, 0, ReportFixtures.CATALOG)));
        assertThat(schema.validate(empty)).isEmpty();
    }

    @Test
    void validationRejectsBrokenDocuments() throws IOException {
        ObjectNode sarif = (ObjectNode) MAPPER.readTree(render(ReportFixtures.report()));
        ObjectNode wrongVersion = sarif.deepCopy();
        wrongVersion.put("version", "2.0.0");
        assertThat(schema.validate(wrongVersion)).isNotEmpty();

        ObjectNode badLevel = sarif.deepCopy();
        ((ObjectNode) badLevel.at("/runs/0/results/0")).put("level", "fatal");
        assertThat(schema.validate(badLevel)).isNotEmpty();

        ObjectNode zeroLine = sarif.deepCopy();
        ((ObjectNode) zeroLine.at("/runs/0/results/0/locations/0/physicalLocation/region")).put("startLine", 0);
        assertThat(schema.validate(zeroLine)).isNotEmpty();

        ObjectNode noDriver = sarif.deepCopy();
        ((ObjectNode) noDriver.at("/runs/0/tool")).remove("driver");
        assertThat(schema.validate(noDriver)).isNotEmpty();

        ObjectNode unknownProperty = sarif.deepCopy();
        unknownProperty.put("unexpected", true);
        assertThat(schema.validate(unknownProperty)).isNotEmpty();
    }

    @Test
    void structureCarriesRulesResultsFixesAndNotifications() throws IOException {
        JsonNode run = MAPPER.readTree(render(ReportFixtures.report())).at("/runs/0");
        JsonNode rules = run.at("/tool/driver/rules");
        assertThat(rules).hasSize(5); // every rule, including DF099 which has no findings
        assertThat(rules.get(3).get("id").asText()).isEqualTo("DF099");
        assertThat(rules.get(0).at("/defaultConfiguration/level").asText()).isEqualTo("error");
        assertThat(rules.get(2).at("/defaultConfiguration/level").asText()).isEqualTo("note");
        assertThat(rules.get(2).at("/defaultConfiguration/enabled").asBoolean()).isFalse();
        assertThat(rules.get(0).at("/properties/tags").toString()).isEqualTo("[\"USR-1\",\"security\"]");
        assertThat(rules.get(0).at("/help/markdown").asText()).isEqualTo(ReportFixtures.DF001_DOC);
        assertThat(rules.get(0).at("/help/text").asText()).doesNotContain("##", "```", "**");
        assertThat(rules.get(0).at("/fullDescription/text").asText()).startsWith("Checks that the last `USER`");

        ArrayNode results = (ArrayNode) run.get("results");
        assertThat(results).hasSize(9);
        JsonNode first = results.get(0);
        assertThat(first.get("ruleId").asText()).isEqualTo("SH001");
        assertThat(first.get("ruleIndex").asInt()).isEqualTo(4);
        JsonNode region = first.at("/locations/0/physicalLocation/region");
        assertThat(region.get("startLine").asInt()).isEqualTo(3);
        assertThat(region.get("endLine").asInt()).isEqualTo(4);

        JsonNode eof = results.get(3).at("/locations/0/physicalLocation/region");
        assertThat(eof.get("startColumn")).isEqualTo(eof.get("endColumn"));
        assertThat(eof.get("startLine")).isEqualTo(eof.get("endLine"));

        JsonNode crlf = results.get(5).at("/locations/0/physicalLocation/artifactLocation");
        assertThat(crlf.get("uri").asText()).isEqualTo("app/Docker%20file.crlf");
        assertThat(crlf.get("uriBaseId").asText()).isEqualTo("%SRCROOT%");

        JsonNode replacement = results.get(1).at("/fixes/0/artifactChanges/0/replacements/0");
        assertThat(replacement.at("/insertedContent/text").asText()).isEqualTo(" --no-cache");
        assertThat(replacement.at("/deletedRegion/startColumn")).isEqualTo(replacement.at("/deletedRegion/endColumn"));

        JsonNode notifications = run.at("/invocations/0/toolExecutionNotifications");
        assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isFalse();
        assertThat(notifications).hasSize(2);
        assertThat(notifications.get(0).at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(2);
        assertThat(notifications.get(1).at("/locations/0/physicalLocation/region").isMissingNode()).isTrue();
        assertThat(run.get("artifacts")).hasSize(4);
    }

    @Test
    void fingerprintSurvivesMovingTheLine() {
        SourceFile before = new SourceFile("Dockerfile", "FROM a\nUSER root\n");
        SourceFile after = new SourceFile("Dockerfile", "FROM a\n# comment\n\nUSER   root\n");
        String a = SarifReporter.fingerprint(finding(before, "USER root"));
        String b = SarifReporter.fingerprint(finding(after, "USER   root"));
        assertThat(a).isEqualTo(b).hasSize(32);
        SourceFile other = new SourceFile("other/Dockerfile", "FROM a\nUSER root\n");
        assertThat(SarifReporter.fingerprint(finding(other, "USER root"))).isNotEqualTo(a);
    }

    @Test
    void urisArePercentEncoded() {
        assertThat(SarifReporter.uri("dir/Docker file#1%.txt")).isEqualTo("dir/Docker%20file%231%25.txt");
        assertThat(SarifReporter.uri("./a/Zo\u00eb")).isEqualTo("a/Zo%C3%AB");
        assertThat(SarifReporter.uri("/abs/Dockerfile")).isEqualTo("file:///abs/Dockerfile");
        assertThat(SarifReporter.uri("a:b/Dockerfile")).isEqualTo("a%3Ab/Dockerfile");
        assertThat(SarifReporter.uri("sub\\Dockerfile")).isEqualTo("sub/Dockerfile");
    }

    private static Finding finding(SourceFile file, String needle) {
        int i = file.text().indexOf(needle);
        return new Finding(ReportFixtures.LAST_USER_ROOT, ReportFixtures.LAST_USER_ROOT.severity(), "root",
                file.location(new TextRange(i, i + needle.length())), Optional.empty());
    }

    @Test
    void imageFindingsPointAtTheirInstructionAsARelatedLocation() throws IOException {
        String text = render(ReportFixtures.imageReport());
        Golden.assertGolden("image-report.sarif", text);
        JsonNode sarif = MAPPER.readTree(text);
        assertThat(schema.validate(sarif)).isEmpty();
        JsonNode results = sarif.at("/runs/0/results");
        assertThat(results.get(0).has("relatedLocations")).isFalse();
        assertThat(results.get(2).has("relatedLocations")).isFalse();
        JsonNode related = results.get(3).at("/relatedLocations/0");
        assertThat(related.at("/message/text").asText()).isEqualTo("instruction that produced this layer");
        assertThat(related.at("/physicalLocation/artifactLocation/uri").asText()).isEqualTo("Dockerfile");
        assertThat(related.at("/physicalLocation/artifactLocation/index").asInt()).isZero();
        assertThat(related.at("/physicalLocation/region/startLine").asInt()).isEqualTo(2);
        assertThat(related.at("/physicalLocation/region/endColumn").asInt()).isEqualTo(1 + 45);
        assertThat(related.at("/physicalLocation/region/snippet/text").asText())
                .isEqualTo("RUN apt-get update && apt-get install -y curl");
        assertThat(results.get(3).at("/properties/provenance/instruction/line").asInt()).isEqualTo(2);
    }

    @Test
    void aDockerfileWithoutFindingsIsStillAnArtifactForTheRelatedLocations() throws IOException {
        LintReport all = ReportFixtures.imageReport();
        LintReport imageOnly = new LintReport(all.tool(), all.findings().subList(1, all.findings().size()),
                all.errors(), all.filesChecked(), 0, all.catalog(), all.images());
        JsonNode run = MAPPER.readTree(render(imageOnly)).at("/runs/0");
        assertThat(schema.validate(MAPPER.readTree(render(imageOnly)))).isEmpty();
        JsonNode artifacts = run.get("artifacts");
        assertThat(artifacts).hasSize(5);
        assertThat(artifacts.get(4).at("/location/uri").asText()).isEqualTo("Dockerfile");
        assertThat(artifacts.get(4).has("length")).isFalse();
        assertThat(run.at("/results/0/relatedLocations/0/physicalLocation/artifactLocation/index").asInt())
                .isEqualTo(4);
    }
}
