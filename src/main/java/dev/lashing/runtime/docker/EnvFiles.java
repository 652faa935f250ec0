package dev.lashing.runtime.docker;

import dev.lashing.core.InputError;
import dev.lashing.core.SourceFile;
import dev.lashing.core.TextRange;
import dev.lashing.runtime.model.EnvVar;
import dev.lashing.runtime.model.Sourced;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads the files of {@code --env-file} ({@code NAME=value} lines, {@code #} comments) as Docker does. */
final class EnvFiles {
    /** Env files larger than this are not read. */
    static final int MAX_BYTES = 1 << 20;

    private EnvFiles() {
    }

    /**
     * The env file {@code name} relative to {@code baseDir}, when it is a regular file; empty when it is
     * not there.
     *
     * @throws BadValue when it is there but too large or unreadable
     */
    static Optional<SourceFile> read(Path baseDir, String name) throws BadValue {
        Path path;
        try {
            path = baseDir.resolve(name);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new BadValue("env file " + name + " is larger than " + MAX_BYTES + " bytes; not read");
            }
            return Optional.of(new SourceFile(name, new String(bytes, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new BadValue("cannot read env file " + name + ": " + e.getMessage());
        }
    }

    /** Adds the variables of {@code file} to {@code env}, each located at its line. */
    static void entries(SourceFile file, List<Sourced<EnvVar>> env, List<InputError> errors) {
        String from = "env file " + file.path();
        for (int line = 1; line <= file.lineCount(); line++) {
            int start = file.lineStart(line);
            int end = file.lineContentEnd(line);
            String text = file.text().substring(start, end);
            int lead = 0;
            while (lead < text.length() && (text.charAt(lead) == ' ' || text.charAt(lead) == '\t'
                    || line == 1 && text.charAt(lead) == '\ufeff')) {
                lead++;
            }
            String content = text.substring(lead);
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            TextRange range = new TextRange(start + lead, end);
            int eq = content.indexOf('=');
            String name = eq < 0 ? content : content.substring(0, eq);
            if (name.isEmpty() || name.chars().anyMatch(Character::isWhitespace)) {
                errors.add(InputError.at(file.location(range), "invalid variable name \"" + name + "\" in env file"));
                continue;
            }
            EnvVar v = eq < 0 ? new EnvVar(name, Optional.empty(), "host environment (" + from + ")")
                    : new EnvVar(name, Optional.of(content.substring(eq + 1)), from);
            env.add(Sourced.explicit(v, file.location(range), content));
        }
    }
}
