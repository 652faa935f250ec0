package dev.lashing.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds and loads configuration. {@link #discover} looks for the nearest {@code .lashing.yaml} /
 * {@code .lashing.yml} from the working directory upward; failing that the nearest
 * {@code .hadolint.yaml} / {@code .hadolint.yml} upward; failing that hadolint's user-level files in
 * hadolint's order; failing that the defaults.
 */
public final class ConfigLoader {
    /** The largest configuration file read, in bytes. */
    public static final long MAX_BYTES = Yaml.MAX_CODE_POINTS;

    private static final List<String> LASHING_NAMES = List.of(".lashing.yaml", ".lashing.yml");
    private static final List<String> HADOLINT_NAMES = List.of(".hadolint.yaml", ".hadolint.yml");

    private ConfigLoader() {}

    /**
     * Loads {@code explicitFile} (given with {@code --config}); a file whose name contains
     * {@code hadolint} is read as a hadolint configuration. Globs are relative to its directory.
     */
    public static LoadedConfig load(Path explicitFile) throws ConfigException {
        Path base = LashingConfigParser.baseDir(explicitFile);
        String name = explicitFile.getFileName() == null ? "" : explicitFile.getFileName().toString();
        return load(explicitFile, name.toLowerCase(Locale.ROOT).contains("hadolint") ? Origin.HADOLINT : Origin.LASHING, base);
    }

    /**
     * Finds the configuration for a run in {@code cwd}; {@code env} supplies {@code XDG_CONFIG_HOME}
     * and {@code home} is the user's home directory (both injected for tests).
     */
    public static LoadedConfig discover(Path cwd, Map<String, String> env, Path home) throws ConfigException {
        Path start = cwd.toAbsolutePath().normalize();
        Optional<Path> lashing = nearest(start, LASHING_NAMES);
        if (lashing.isPresent()) {
            return load(lashing.get(), Origin.LASHING, lashing.get().getParent());
        }
        Optional<Path> hadolint = nearest(start, HADOLINT_NAMES);
        if (hadolint.isPresent()) {
            return load(hadolint.get(), Origin.HADOLINT, hadolint.get().getParent());
        }
        for (Path p : hadolintUserLocations(env, home)) {
            if (Files.isRegularFile(p)) {
                return load(p, Origin.HADOLINT, start);
            }
        }
        return new LoadedConfig(LashingConfig.defaults(start), List.of());
    }

    /**
     * hadolint's user-level configuration files, in the order hadolint tries them:
     * {@code $XDG_CONFIG_HOME/hadolint.yaml} (or {@code ~/.config/hadolint.yaml} when the variable is
     * unset or empty), {@code ~/.hadolint/hadolint.yaml}, {@code ~/.hadolint/config.yaml},
     * {@code ~/.hadolint.yaml}; each as {@code .yaml} then {@code .yml}.
     */
    public static List<Path> hadolintUserLocations(Map<String, String> env, Path home) {
        String xdg = env.getOrDefault("XDG_CONFIG_HOME", "");
        Path xdgDir = xdg.isBlank() ? home.resolve(".config") : Path.of(xdg);
        List<Path> out = new ArrayList<>();
        for (Path stem : List.of(xdgDir.resolve("hadolint"), home.resolve(".hadolint").resolve("hadolint"),
                home.resolve(".hadolint").resolve("config"), home.resolve(".hadolint"))) {
            out.add(stem.resolveSibling(stem.getFileName() + ".yaml"));
            out.add(stem.resolveSibling(stem.getFileName() + ".yml"));
        }
        return out;
    }

    private static Optional<Path> nearest(Path start, List<String> names) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            for (String n : names) {
                Path p = dir.resolve(n);
                if (Files.isRegularFile(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    private static LoadedConfig load(Path file, Origin origin, Path baseDir) throws ConfigException {
        String text = read(file);
        if (origin == Origin.HADOLINT) {
            return HadolintConfigParser.parse(file, text, baseDir.toAbsolutePath().normalize());
        }
        return new LoadedConfig(LashingConfigParser.parse(file, text), List.of());
    }

    private static String read(Path file) throws ConfigException {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new ConfigException(file, Optional.empty(), "is a directory, not a configuration file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw tooLarge(file, size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) {
                throw tooLarge(file, bytes.length);
            }
        } catch (IOException e) {
            String reason = e instanceof java.nio.file.NoSuchFileException ? "no such file or directory"
                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : String.valueOf(e.getMessage());
            throw new ConfigException(file, Optional.empty(), "cannot read configuration: " + reason);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ConfigException(file, Optional.empty(), "configuration is not valid UTF-8");
        }
    }

    private static ConfigException tooLarge(Path file, long size) {
        return new ConfigException(file, Optional.empty(),
                "configuration too large (" + size + " bytes, limit " + MAX_BYTES + ")");
    }
}
