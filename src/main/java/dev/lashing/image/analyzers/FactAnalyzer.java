package dev.lashing.image.analyzers;

import dev.lashing.image.layer.Analyzer;
import dev.lashing.image.layer.ImageFileSystem;

/**
 * An analyzer whose facts rules read after the walk. A fresh instance serves one image; its
 * {@link #result} is called once, after every layer was walked, with the merged view (so it can tell
 * facts about files still visible from facts about files a later layer hid).
 *
 * @param <T> the type of fact it produces, which rules look up with {@link ImageFacts#get}
 */
public interface FactAnalyzer<T> extends Analyzer {

    /** The type of fact produced. */
    Class<T> factType();

    /** The facts gathered, given the merged view. */
    T result(ImageFileSystem fileSystem);
}
