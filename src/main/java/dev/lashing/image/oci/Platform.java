package dev.lashing.image.oci;

import java.util.Locale;
import java.util.Objects;

/**
 * An OCI platform: operating system, architecture and optional variant ({@code linux/arm64/v8}).
 *
 * @param os the operating system, e.g. {@code linux}
 * @param architecture the architecture in OCI/Go spelling, e.g. {@code amd64}, {@code arm64}
 * @param variant the variant, e.g. {@code v7}, or empty
 */
public record Platform(String os, String architecture, String variant) {

    /** Checks fields. */
    public Platform {
        Objects.requireNonNull(os, "os");
        Objects.requireNonNull(architecture, "architecture");
        variant = variant == null ? "" : variant;
    }

    /**
     * Parses {@code os/arch[/variant]}; a bare {@code arch} means linux.
     *
     * @throws IllegalArgumentException when the text is not a platform
     */
    public static Platform parse(String text) {
        String[] parts = text.trim().toLowerCase(Locale.ROOT).split("/", -1);
        for (String p : parts) {
            if (p.isEmpty()) {
                throw new IllegalArgumentException("not a platform: '" + text + "' (expected os/arch[/variant], e.g. linux/amd64)");
            }
        }
        return switch (parts.length) {
            case 1 -> new Platform("linux", normaliseArch(parts[0]), "");
            case 2 -> new Platform(parts[0], normaliseArch(parts[1]), "");
            case 3 -> new Platform(parts[0], normaliseArch(parts[1]), parts[2]);
            default -> throw new IllegalArgumentException(
                    "not a platform: '" + text + "' (expected os/arch[/variant], e.g. linux/amd64)");
        };
    }

    /** The platform of the machine lashing runs on (Linux is assumed for containers). */
    public static Platform current() {
        return new Platform("linux", normaliseArch(System.getProperty("os.arch", "amd64")), "");
    }

    /** Maps JVM and uname spellings to the OCI ones ({@code x86_64} → {@code amd64}, {@code aarch64} → {@code arm64}). */
    public static String normaliseArch(String arch) {
        return switch (arch.toLowerCase(Locale.ROOT)) {
            case "x86_64", "x86-64", "amd64" -> "amd64";
            case "aarch64", "arm64" -> "arm64";
            case "i386", "i686", "x86", "386" -> "386";
            default -> arch.toLowerCase(Locale.ROOT);
        };
    }

    /**
     * True when an image for {@code other} runs here as this platform would: same OS and
     * architecture, and the same variant when this one names a variant.
     */
    public boolean matches(Platform other) {
        return os.equals(other.os) && architecture.equals(other.architecture)
                && (variant.isEmpty() || variant.equals(other.variant));
    }

    @Override
    public String toString() {
        return os + "/" + architecture + (variant.isEmpty() ? "" : "/" + variant);
    }
}
