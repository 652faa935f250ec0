package dev.lashing.image.rules;

import dev.lashing.core.Severity;
import dev.lashing.image.analyzers.ImageFacts;
import dev.lashing.rules.Rule;
import java.time.Instant;
import java.util.Optional;

/** The image was built longer ago than the allowed age (setting {@code max-image-age-days}, default 90). */
@Rule(
        id = "IM009",
        name = "image-too-old",
        summary = "Image was built longer ago than max-image-age-days (default 90)",
        severity = Severity.WARNING,
        practices = {"P91"},
        references = {"CIS Docker Benchmark 4.4"})
public final class ImageTooOld implements ImageRule {
    /** The default maximum age in days. */
    static final long DEFAULT_DAYS = 90;
    /** Docker's first release: an earlier time is a placeholder (reproducible builds write 1970-01-01), not an age. */
    private static final long EARLIEST = Instant.parse("2013-03-01T00:00:00Z").getEpochSecond();
    private static final long DAY = 86_400;

    @Override
    public void check(ImageFacts image, ImageFindingSink findings) {
        long maxDays = maxDays(image.settings().string("max-image-age-days", ""));
        Optional<Instant> created = image.config().created();
        long now = image.nowEpochSeconds();
        if (created.isEmpty() || created.get().getEpochSecond() < EARLIEST) {
            findings.config("/created", "the image's age is unknown: its config records "
                    + created.map(c -> "created " + c + ", a fixed placeholder (reproducible builds write the epoch)")
                            .orElse("no valid created time")
                    + "; make sure it is rebuilt at least every " + maxDays + " days", Severity.INFO);
            return;
        }
        long seconds = now - created.get().getEpochSecond();
        if (seconds < -DAY) {
            findings.config("/created", "the image's age is unknown: its created time " + created.get()
                    + " is in the future (a wrong build clock)", Severity.INFO);
        } else if (seconds > maxDays * DAY) {
            findings.config("/created", "the image was built " + seconds / DAY + " days ago (" + created.get()
                    + "), more than the " + maxDays + " allowed: it misses every security fix published since; "
                    + "rebuild it (pulling a fresh base image) regularly");
        }
    }

    /** The setting as a positive number of days, or the default when absent or invalid. */
    static long maxDays(String setting) {
        try {
            long days = Long.parseLong(setting.trim());
            return days > 0 && days < 100_000 ? days : DEFAULT_DAYS;
        } catch (NumberFormatException e) {
            return DEFAULT_DAYS;
        }
    }
}
