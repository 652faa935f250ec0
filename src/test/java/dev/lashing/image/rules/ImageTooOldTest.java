package dev.lashing.image.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.ImageRuleTester;
import dev.lashing.testing.ImageRuleTester.Reported;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageTooOldTest {
    private final ImageRuleTester tester = ImageRuleTester.of(ImageTooOld.class);
    private static final long DAY = 86_400;

    private static Instant daysAgo(long days) {
        return Instant.ofEpochSecond(ImageRuleTester.NOW - days * DAY);
    }

    @Test
    void olderThanNinetyDaysByDefault() {
        List<Reported> r = tester.check(ImageRuleTester.image().created(daysAgo(120)));
        assertThat(r).singleElement().satisfies(f -> {
            assertThat(f.target()).isEqualTo("/created");
            assertThat(f.message()).contains("built 120 days ago").contains("90 allowed");
            assertThat(f.severity()).isNull();
        });
        assertThat(tester.check(ImageRuleTester.image().created(daysAgo(89)))).isEmpty();
        assertThat(tester.check(ImageRuleTester.image())).isEmpty();
    }

    @Test
    void settingChangesTheLimit() {
        assertThat(tester.check(ImageRuleTester.image().created(daysAgo(40)).setting("max-image-age-days", "30")))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("30 allowed"));
        assertThat(tester.check(ImageRuleTester.image().created(daysAgo(120)).setting("max-image-age-days", "365")))
                .isEmpty();
        assertThat(ImageTooOld.maxDays("nonsense")).isEqualTo(90);
        assertThat(ImageTooOld.maxDays("-5")).isEqualTo(90);
    }

    @Test
    void missingEpochOrFutureTimesGiveAnUnknownAgeAtInfo() {
        for (Instant when : new Instant[] {null, Instant.EPOCH, daysAgo(-30)}) {
            List<Reported> r = tester.check(ImageRuleTester.image().created(when));
            assertThat(r).as(String.valueOf(when)).singleElement().satisfies(f -> {
                assertThat(f.message()).contains("age is unknown");
                assertThat(f.severity()).isEqualTo(Severity.INFO);
            });
        }
    }
}
