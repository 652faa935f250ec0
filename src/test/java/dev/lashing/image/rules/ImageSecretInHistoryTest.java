package dev.lashing.image.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.ImageRuleTester;
import dev.lashing.testing.ImageRuleTester.Reported;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageSecretInHistoryTest {
    private final ImageRuleTester tester = ImageRuleTester.of(ImageSecretInHistory.class);

    private List<Reported> history(String... steps) {
        ImageRuleTester.ImageBuilder image = ImageRuleTester.image().layer("/bin/sh -c #(nop) ADD file:abc in / ");
        for (String s : steps) {
            image.step(s);
        }
        return tester.check(image);
    }

    @Test
    void classicBuilderBuildArgumentsAreReportedOnTheirStep() {
        List<Reported> r = history("|2 DB_PASSWORD=hunter2-secret VERSION=1.2 /bin/sh -c make install");
        assertThat(r).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("HISTORY");
            assertThat(f.target()).isEqualTo("1");
            assertThat(f.message()).contains("build argument DB_PASSWORD=\"hun…\"").doesNotContain("hunter2");
        });
    }

    @Test
    void buildkitRunArgsArgAndEnvSteps() {
        List<Reported> r = history("RUN |1 NPM_TOKEN=npm_abcdefghijklmnopqrstuvwxyz0123456789 /bin/sh -c npm ci "
                        + "# buildkit", "ARG API_TOKEN=abcdef123456", "ENV SECRET_KEY=django-insecure-xyz");
        assertThat(r).extracting(Reported::target).containsExactly("1", "2", "3");
        assertThat(r.get(0).message()).contains("an npm token").contains("\"npm_…\"");
        assertThat(r.get(1).message()).contains("the ARG step API_TOKEN");
        assertThat(r.get(2).message()).contains("the ENV step SECRET_KEY");
        assertThat(r).allSatisfy(f -> assertThat(f.message()).doesNotContain("abcdef123", "insecure"));
    }

    @Test
    void envStillInTheConfigIsLeftToTheEnvRule() {
        assertThat(tester.check(ImageRuleTester.image().env("SECRET_KEY=django-insecure-xyz")
                .step("/bin/sh -c #(nop)  ENV SECRET_KEY=django-insecure-xyz"))).isEmpty();
    }

    @Test
    void passwordsOnRecordedCommandLines() {
        List<Reported> r = history(
                "/bin/sh -c docker login -u ci -p Sup3rSecret registry.example.com",
                "RUN /bin/sh -c mysql -h db -u admin -pS3cretPass < schema.sql # buildkit",
                "/bin/sh -c curl -fsSL -u deploy:pa55word https://files.example.com/a.tgz -o a.tgz",
                "/bin/sh -c export GITHUB_TOKEN=abcdef0123456789 && make",
                "/bin/sh -c APP_SECRET=zzzzyyyy1234 ./configure",
                "/bin/sh -c git clone https://bob:hunter22@git.example.com/app.git");
        assertThat(r).extracting(Reported::target).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(r.get(0).message()).contains("docker command line").contains("\"Su…\"");
        assertThat(r.get(1).message()).contains("mysql").contains("\"S3…\"");
        assertThat(r.get(2).message()).contains("curl").contains("\"pa…\"");
        assertThat(r.get(3).message()).contains("exported variable GITHUB_TOKEN");
        assertThat(r.get(4).message()).contains("variable APP_SECRET");
        assertThat(r.get(5).message()).contains("URL with a password");
        assertThat(r).allSatisfy(f -> assertThat(f.message())
                .doesNotContain("Sup3rSecret", "S3cretPass", "pa55word", "hunter22", "0123456789", "zzzzyyyy"));
    }

    @Test
    void referencesPromptsAndHarmlessStepsAreFine() {
        assertThat(history(
                "/bin/sh -c docker login -u ci --password-stdin registry.example.com",
                "/bin/sh -c docker login -u ci -p \"$REGISTRY_PASSWORD\" registry.example.com",
                "/bin/sh -c mysql -u root -p",
                "/bin/sh -c curl -u deploy https://files.example.com/",
                "/bin/sh -c #(nop)  ENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D",
                "/bin/sh -c #(nop)  ARG NPM_TOKEN",
                "|1 VERSION=1.2.3 /bin/sh -c make",
                "RUN /bin/sh -c docker run -p 8080:80 nginx # buildkit",
                "/bin/sh -c #(nop)  CMD [\"python\" \"app.py\"]")).isEmpty();
    }

    @Test
    void readsBothBuildersStepFormats() {
        RecordedStep classic = RecordedStep.of("|2 A=1 B=2 /bin/sh -c echo hi");
        assertThat(classic.keyword()).isEqualTo("RUN");
        assertThat(classic.buildArgs()).containsExactly("A=1", "B=2");
        assertThat(classic.rest()).isEqualTo("echo hi");
        RecordedStep nop = RecordedStep.of("/bin/sh -c #(nop)  ENV A=1 B=\"two\"");
        assertThat(nop.keyword()).isEqualTo("ENV");
        assertThat(nop.pairs()).containsExactly("A=1", "B=two");
        RecordedStep buildkit = RecordedStep.of("RUN /bin/sh -c apk add curl # buildkit");
        assertThat(buildkit.keyword()).isEqualTo("RUN");
        assertThat(buildkit.rest()).isEqualTo("apk add curl");
    }
}
