package dev.lashing.image.rules;

import dev.lashing.core.Severity;
import dev.lashing.image.analyzers.ImageFacts;
import dev.lashing.image.analyzers.LayerInfo;
import dev.lashing.image.layer.LayerEntry;
import dev.lashing.rules.Rule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The image is larger (uncompressed bytes) or holds more files than the configured thresholds. */
@Rule(
        id = "IM037",
        name = "image-large",
        summary = "The image is larger or holds more files than the configured thresholds",
        severity = Severity.INFO,
        practices = {"P04"})
public final class ImageLarge implements ImageRule {
    /** Default of setting {@code max-image-mb}: uncompressed size in MiB. */
    static final long DEFAULT_MAX_MB = 1000;
    /** Default of setting {@code max-image-files}: files, links and other non-directory entries in the merged view. */
    static final long DEFAULT_MAX_FILES = 100_000;
    private static final int LAYERS_NAMED = 3;
    private static final int STEP_CHARS = 80;

    @Override
    public void check(ImageFacts image, ImageFindingSink findings) {
        long maxBytes = setting(image, "max-image-mb", DEFAULT_MAX_MB) * 1024 * 1024;
        long maxFiles = setting(image, "max-image-files", DEFAULT_MAX_FILES);
        long bytes = image.layers().stream().mapToLong(LayerInfo::uncompressedSize).sum();
        long files = image.fileSystem().liveEntries().stream()
                .filter(e -> e.type() != LayerEntry.EntryType.DIRECTORY).count();
        List<String> over = new ArrayList<>();
        if (bytes > maxBytes) {
            over.add(Sizes.human(bytes) + " uncompressed (threshold " + Sizes.human(maxBytes) + ")");
        }
        if (files > maxFiles) {
            over.add(files + " files (threshold " + maxFiles + ")");
        }
        if (over.isEmpty()) {
            return;
        }
        List<String> largest = image.layers().stream()
                .sorted(Comparator.comparingLong(LayerInfo::uncompressedSize).reversed())
                .limit(LAYERS_NAMED)
                .map(l -> "layer " + (l.index() + 1) + " " + Sizes.human(l.uncompressedSize())
                        + (l.createdBy().isEmpty() ? "" : " from \"" + shorten(l.createdBy()) + "\""))
                .toList();
        findings.image("the image holds " + String.join(" and ", over) + "; every byte is attack surface and "
                + "slows pulls; largest layers: " + String.join("; ", largest) + "; use a smaller base (slim, "
                + "alpine, distroless) and a multi-stage build");
    }

    private static long setting(ImageFacts image, String key, long fallback) {
        try {
            long v = Long.parseLong(image.settings().string(key, String.valueOf(fallback)).strip());
            return v > 0 ? v : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String shorten(String createdBy) {
        String s = createdBy.replaceAll("\\s+", " ").strip();
        return s.length() <= STEP_CHARS ? s : s.substring(0, STEP_CHARS - 3) + "...";
    }
}
