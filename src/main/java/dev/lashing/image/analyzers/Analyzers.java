package dev.lashing.image.analyzers;

import dev.lashing.rules.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The one list of analyzers; each scan gets fresh instances (analyzers hold one image's facts). */
public final class Analyzers {

    /** Every analyzer factory, in no particular order. */
    private static final List<Function<Settings, FactAnalyzer<?>>> FACTORIES = List.of(
            s -> new AccountsAnalyzer(),
            s -> new OsReleaseAnalyzer(),
            s -> new PackagesAnalyzer(),
            s -> new DeviceFilesAnalyzer(),
            s -> new SecretContentAnalyzer());

    private Analyzers() {}

    /** Fresh instances of every analyzer for one scan. */
    public static List<FactAnalyzer<?>> create(Settings settings) {
        List<FactAnalyzer<?>> out = new ArrayList<>();
        for (Function<Settings, FactAnalyzer<?>> f : FACTORIES) {
            out.add(f.apply(settings));
        }
        return out;
    }
}
