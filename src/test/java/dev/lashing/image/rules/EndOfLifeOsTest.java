package dev.lashing.image.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.ImageRuleTester;
import dev.lashing.testing.ImageRuleTester.ImageBuilder;
import dev.lashing.testing.ImageRuleTester.Reported;
import java.util.List;
import org.junit.jupiter.api.Test;

class EndOfLifeOsTest {
    private final ImageRuleTester tester = ImageRuleTester.of(EndOfLifeOs.class);

    private static ImageBuilder os(String text) {
        return ImageRuleTester.image().layer("base").file("/usr/lib/os-release", text)
                .symlink("/etc/os-release", "../usr/lib/os-release");
    }

    @Test
    void busterIsPastItsEndOfLife() {
        List<Reported> r = tester.check(os("PRETTY_NAME=\"Debian GNU/Linux 10 (buster)\"\nID=debian\nVERSION_ID=\"10\"\n"));
        assertThat(r).singleElement().satisfies(f -> {
            assertThat(f.target()).isEqualTo("/etc/os-release@0");
            assertThat(f.message()).contains("Debian GNU/Linux 10 (buster)", "reached its end of life on 2024-06-30");
            assertThat(f.severity()).isNull();
        });
    }

    @Test
    void alpinePatchVersionMatchesItsMinorRelease() {
        assertThat(tester.check(os("ID=alpine\nVERSION_ID=3.18.4\n"))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("2025-05-09"));
    }

    @Test
    void supportedReleaseIsClean() {
        assertThat(tester.check(os("ID=debian\nVERSION_ID=\"12\"\nVERSION_CODENAME=bookworm\n"))).isEmpty();
    }

    @Test
    void releaseNearItsEndIsAnnouncedAtInfo() {
        List<Reported> r = tester.check(os("ID=debian\nVERSION_ID=\"12\"\n").setting("eol-date", "2028-05-01"));
        assertThat(r).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("reaches its end of life on 2028-06-30");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
        });
    }

    @Test
    void eolDateSettingOverridesToday() {
        assertThat(tester.check(os("ID=ubuntu\nVERSION_ID=\"22.04\"\n").setting("eol-date", "2027-07-01")))
                .singleElement().satisfies(f -> assertThat(f.severity()).isNull());
    }

    @Test
    void codenameIsUsedWithoutVersion() {
        assertThat(tester.check(ImageRuleTester.image().layer("b").file("/etc/debian_version", "stretch/sid\n")))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("2022-06-30"));
    }

    @Test
    void unknownDistributionOrReleaseCannotBeTold() {
        assertThat(tester.check(os("ID=wolfi\nVERSION_ID=20230201\n"))).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("cannot tell", "\"wolfi\" is not in the end-of-life table");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
        });
        assertThat(tester.check(os("ID=alpine\nVERSION_ID=3.99.0\n"))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("cannot tell", "release 3.99.0"));
    }

    @Test
    void imageWithoutDistributionIsClean() {
        assertThat(tester.check(ImageRuleTester.image().layer("COPY app /").file("/app", "ELF"))).isEmpty();
    }
}
