package dev.lashing.image.rules;

import dev.lashing.core.Severity;
import dev.lashing.data.EndOfLife;
import dev.lashing.image.analyzers.ImageFacts;
import dev.lashing.image.analyzers.OsRelease;
import dev.lashing.image.layer.LayerEntry;
import dev.lashing.rules.Rule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

/** The image's distribution release no longer gets security fixes, per its os-release file. */
@Rule(
        id = "IM036",
        name = "image-end-of-life-os",
        summary = "The image's distribution release reached its end of life",
        severity = Severity.WARNING,
        practices = {"P05"},
        references = {"https://endoflife.date"})
public final class EndOfLifeOs implements ImageRule {
    /** Distributions whose releases the end-of-life table lists. */
    private static final Set<String> PRODUCTS = Set.of("debian", "ubuntu", "alpine", "centos");
    /** Days before the end of life from which an info finding announces it. */
    private static final int WARN_DAYS = 90;

    @Override
    public void check(ImageFacts image, ImageFindingSink findings) {
        OsRelease os = image.get(OsRelease.class).orElse(OsRelease.unknown());
        if (!os.known()) {
            return;
        }
        String where = os.source();
        Optional<EndOfLife.Release> release = release(os);
        if (release.isEmpty()) {
            String why = PRODUCTS.contains(os.id()) ? "release " + display(os) + " is not in the end-of-life table"
                    : "distribution \"" + os.id() + "\" is not in the end-of-life table";
            report(image, os, findings, "cannot tell whether " + os.describe() + " (from " + where + ") still gets "
                    + "security fixes: " + why + "; check its support status by hand", Severity.INFO);
            return;
        }
        EndOfLife.Release r = release.get();
        LocalDate today = today(image);
        if (!r.end().isAfter(today)) {
            report(image, os, findings, os.describe() + " (from " + where + ") reached its end of life on " + r.end()
                    + " and gets no more security fixes; rebuild on a supported release", null);
        } else if (!r.end().isAfter(today.plusDays(WARN_DAYS))) {
            report(image, os, findings, os.describe() + " (from " + where + ") reaches its end of life on " + r.end()
                    + "; plan the move to a newer release", Severity.INFO);
        }
    }

    /** Reports on the release file the facts came from, or on the image when it cannot be pointed at. */
    private static void report(ImageFacts image, OsRelease os, ImageFindingSink findings, String message,
            Severity severity) {
        Optional<LayerEntry> file = image.fileSystem().live(os.source());
        if (file.isPresent()) {
            findings.file(file.get(), message, severity);
        } else {
            findings.image(message, severity);
        }
    }

    /** The table's release for the os-release: by major (debian, centos), major.minor (alpine, ubuntu), or codename. */
    static Optional<EndOfLife.Release> release(OsRelease os) {
        if (!PRODUCTS.contains(os.id())) {
            return Optional.empty();
        }
        String[] parts = os.versionId().split("\\.");
        if (!os.versionId().isEmpty()) {
            boolean majorOnly = os.id().equals("debian") || os.id().equals("centos");
            String key = majorOnly || parts.length == 1 ? parts[0] : parts[0] + "." + parts[1];
            Optional<EndOfLife.Release> r = EndOfLife.find(os.id(), key);
            if (r.isPresent()) {
                return r;
            }
        }
        return os.versionCodename().isEmpty() ? Optional.empty() : EndOfLife.find(os.id(), os.versionCodename());
    }

    private static String display(OsRelease os) {
        return os.versionId().isEmpty() ? os.versionCodename() : os.versionId();
    }

    /** The reference day: setting {@code eol-date} (ISO date, for reproducible runs), else the scan's time. */
    private static LocalDate today(ImageFacts image) {
        LocalDate now = LocalDate.ofInstant(Instant.ofEpochSecond(image.nowEpochSeconds()), ZoneOffset.UTC);
        String configured = image.settings().string("eol-date", "");
        try {
            return configured.isEmpty() ? now : LocalDate.parse(configured);
        } catch (DateTimeParseException e) {
            return now;
        }
    }
}
