package dev.lashing.dockerfile.shell;

import dev.lashing.core.TextRange;
import java.util.Objects;

/** A download whose content is executed by an interpreter without being stored and checked first. */
public record DownloadPipe(Command downloader, Command interpreter, TextRange range) {

    /** Checks required fields. */
    public DownloadPipe {
        Objects.requireNonNull(downloader, "downloader");
        Objects.requireNonNull(interpreter, "interpreter");
        Objects.requireNonNull(range, "range");
    }
}
