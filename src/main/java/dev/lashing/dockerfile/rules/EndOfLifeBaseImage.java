package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.data.EndOfLife;
import dev.lashing.dockerfile.model.Stage;
import dev.lashing.dockerfile.model.StageBase;
import dev.lashing.dockerfile.syntax.From;
import dev.lashing.image.oci.ImageReference;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A stage is built FROM a distribution or runtime release that no longer gets security fixes. */
@Rule(
        id = "DF069",
        name = "end-of-life-base-image",
        summary = "Base image is an end-of-life distribution or runtime release",
        severity = Severity.WARNING,
        practices = {"P05"},
        references = {"https://endoflife.date"})
public final class EndOfLifeBaseImage implements DockerfileRule {
    /** Official images whose tag starts with the product's release. */
    private static final Set<String> PRODUCTS = Set.of("debian", "ubuntu", "alpine", "centos", "python", "node",
            "golang", "ruby", "php");
    /** Days before the end of life from which an info finding announces it. */
    private static final int WARN_DAYS = 90;

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        LocalDate today = today(context);
        for (Stage stage : context.model().stages()) {
            if (!(stage.from() instanceof From from) || !(stage.base() instanceof StageBase.Image image)) {
                continue;
            }
            boolean shipped = context.model().isShipped(stage);
            for (EndOfLife.Release r : releases(image.reference())) {
                if (!r.end().isAfter(today)) {
                    findings.report(from.image().range(), r.product() + " " + r.version() + " reached its end of life "
                            + "on " + r.end() + " and gets no more security fixes"
                            + (shipped ? "" : " (in a build stage)") + "; move to a supported release",
                            shipped ? Severity.WARNING : Severity.INFO);
                } else if (!r.end().isAfter(today.plusDays(WARN_DAYS))) {
                    findings.report(from.image().range(), r.product() + " " + r.version() + " reaches its end of "
                            + "life on " + r.end() + "; plan the move to a newer release", Severity.INFO);
                }
            }
        }
    }

    /** The releases an image reference names: its own product release, and a distribution codename in its tag. */
    static List<EndOfLife.Release> releases(ImageReference ref) {
        List<EndOfLife.Release> out = new ArrayList<>();
        String tag = ref.tag().orElse("");
        if (tag.isEmpty()) {
            return out;
        }
        String product = ref.isOfficial() ? ref.name() : "";
        if (PRODUCTS.contains(product)) {
            version(product, tag).flatMap(v -> EndOfLife.find(product, v)).ifPresent(out::add);
        }
        for (String part : tag.split("-")) {
            EndOfLife.byCodename(part).filter(r -> !out.contains(r)).ifPresent(out::add);
        }
        return out;
    }

    /** The release in a tag: {@code 3.8} of {@code 3.8.10-slim}, {@code 14} of {@code 14-alpine}, a codename, or centos7. */
    private static Optional<String> version(String product, String tag) {
        String head = tag.split("-")[0];
        if (product.equals("centos") && head.startsWith("centos")) {
            head = head.substring("centos".length());
        }
        if (head.isEmpty() || !Character.isDigit(head.charAt(0))) {
            return Optional.of(head);
        }
        String[] parts = head.split("\\.");
        boolean majorOnly = product.equals("node") || product.equals("debian") || product.equals("centos");
        return Optional.of(majorOnly || parts.length == 1 ? parts[0] : parts[0] + "." + parts[1]);
    }

    /** The reference day: setting {@code eol-date} (ISO date, for reproducible runs), else today. */
    private static LocalDate today(DockerfileContext context) {
        String configured = context.settings().string("eol-date", "");
        try {
            return configured.isEmpty() ? LocalDate.now() : LocalDate.parse(configured);
        } catch (DateTimeParseException e) {
            return LocalDate.now();
        }
    }
}
