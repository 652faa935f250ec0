package dev.lashing.image.layer;

import java.io.IOException;
import java.io.InputStream;

/**
 * Extracts facts from layer entries as they stream by. Never judges: rules do that. The walker
 * calls {@link #wants} for every entry (so it must be cheap: a path or mode test) and
 * {@link #accept} only for the entries it wants, with the content when the entry is a regular file.
 * Layers are walked in parallel, so one analyzer instance may be called from several threads at
 * once and must keep its facts in thread-safe structures keyed by layer.
 */
public interface Analyzer {

    /** True when this analyzer needs {@code entry}; called for every entry, whiteouts included. */
    boolean wants(LayerEntry entry);

    /** Largest content this analyzer reads per file; longer files are passed truncated to this. */
    default long maxContentBytes() {
        return 0;
    }

    /**
     * Receives a wanted entry. {@code content} streams the file's bytes (at most
     * {@link #maxContentBytes()}; empty for non-regular entries and when the maximum is 0) and is only
     * valid during the call. {@code truncated} is true when the file is longer than what was passed.
     */
    void accept(LayerEntry entry, InputStream content, boolean truncated) throws IOException;
}
