package dev.lashing.image.layer;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/** An analyzer for tests: wants what {@code filter} accepts and records what it was given. */
class CountingAnalyzer implements Analyzer {
    private final Predicate<LayerEntry> filter;
    private final long max;
    final AtomicInteger wantsCalls = new AtomicInteger();
    final List<LayerEntry> accepted = new CopyOnWriteArrayList<>();
    final Map<String, String> content = new ConcurrentHashMap<>();
    final Map<String, Boolean> truncated = new ConcurrentHashMap<>();

    CountingAnalyzer(Predicate<LayerEntry> filter, long max) {
        this.filter = filter;
        this.max = max;
    }

    @Override
    public boolean wants(LayerEntry entry) {
        wantsCalls.incrementAndGet();
        return filter.test(entry);
    }

    @Override
    public long maxContentBytes() {
        return max;
    }

    @Override
    public void accept(LayerEntry entry, InputStream in, boolean cut) throws IOException {
        accepted.add(entry);
        content.put(entry.layer() + ":" + entry.path(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        truncated.put(entry.layer() + ":" + entry.path(), cut);
    }
}
