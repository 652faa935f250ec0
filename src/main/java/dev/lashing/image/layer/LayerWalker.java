package dev.lashing.image.layer;

import dev.lashing.image.archive.ImageException;
import dev.lashing.image.archive.LayerBlob;
import dev.lashing.image.layer.LayerEntry.EntryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Streams an image's layers once each, in parallel, turning every tar entry into a sanitised
 * {@link LayerEntry}, feeding the analyzers on the way, and merges the layers into an
 * {@link ImageFileSystem}. Nothing is extracted or written anywhere. Hostile entries (names climbing
 * out of the root, dangling hard links) become {@link LayerProblem}s and the walk goes on; a stream
 * that is corrupt, mismatches its digest or passes a {@link WalkLimits limit} fails the walk with an
 * {@link ImageException} naming the layer (numbered from 1, as image messages do) and its diff ID.
 *
 * <p>Details: the root entry ({@code ./} or umoci's {@code /}) becomes a directory entry with the empty
 * path; absolute names are taken relative to the root; symbolic links are kept as written (the merged
 * view resolves them inside the root); a hard link must point to a regular file earlier in its own
 * layer or in a lower layer, else it is a problem (kept when the target is merely missing, dropped
 * when the target name is refused); hard links reach analyzers without content (the tar holds none).
 * A tar that ends right after an entry's content, without record padding or end-of-archive blocks, is
 * accepted as umoci writes such layers; an end anywhere else is a truncated tar.
 */
public final class LayerWalker {
    private static final long CANCEL_WAIT_SECONDS = 10;
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final WalkLimits limits;
    private final int parallelism;

    /** A walker with {@code limits} that reads up to {@code parallelism} layers at once. */
    public LayerWalker(WalkLimits limits, int parallelism) {
        this.limits = Objects.requireNonNull(limits, "limits");
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1");
        }
        this.parallelism = parallelism;
    }

    /** A walker with the default limits and one thread per available processor. */
    public LayerWalker() {
        this(WalkLimits.defaults(), Runtime.getRuntime().availableProcessors());
    }

    /**
     * Walks {@code layers} (base first), calling {@code analyzers} for the entries they want (possibly
     * from several threads at once), and merges them. If the calling thread is interrupted or a layer
     * fails, the other layers are cancelled and the first failure is thrown.
     */
    public WalkResult walk(List<? extends LayerBlob> layers, List<? extends Analyzer> analyzers,
            WalkListener listener) throws ImageException, InterruptedException {
        List<? extends Analyzer> all = List.copyOf(analyzers);
        AtomicLong imageEntries = new AtomicLong();
        List<Callable<LayerTarReader.Outcome>> tasks = new ArrayList<>(layers.size());
        for (int i = 0; i < layers.size(); i++) {
            LayerBlob blob = layers.get(i);
            int index = i;
            tasks.add(() -> new LayerTarReader(blob, index, all, limits, imageEntries, listener).read());
        }
        int threads = Math.min(parallelism, layers.size());
        List<LayerTarReader.Outcome> outcomes = threads <= 1 ? runHere(tasks) : runParallel(tasks, threads);
        return combine(outcomes);
    }

    private static List<LayerTarReader.Outcome> runHere(List<Callable<LayerTarReader.Outcome>> tasks)
            throws ImageException, InterruptedException {
        List<LayerTarReader.Outcome> outcomes = new ArrayList<>(tasks.size());
        for (Callable<LayerTarReader.Outcome> task : tasks) {
            if (Thread.interrupted()) {
                throw new InterruptedException("layer walk interrupted");
            }
            try {
                outcomes.add(task.call());
            } catch (ImageException | InterruptedException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return outcomes;
    }

    private static List<LayerTarReader.Outcome> runParallel(List<Callable<LayerTarReader.Outcome>> tasks,
            int threads) throws ImageException, InterruptedException {
        int pool = POOLS.incrementAndGet();
        AtomicInteger workers = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "lashing-layer-walker-" + pool + "-" + workers.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ExecutorService executor = Executors.newFixedThreadPool(threads, factory);
        ExecutorCompletionService<LayerTarReader.Outcome> completion = new ExecutorCompletionService<>(executor);
        List<Future<LayerTarReader.Outcome>> futures = new ArrayList<>(tasks.size());
        boolean done = false;
        try {
            for (Callable<LayerTarReader.Outcome> task : tasks) {
                futures.add(completion.submit(task));
            }
            for (int i = 0; i < tasks.size(); i++) {
                Future<LayerTarReader.Outcome> finished = completion.take();
                try {
                    finished.get();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof ImageException ie) {
                        throw new ImageException(ie.getMessage(), ie.getCause());
                    }
                    if (cause instanceof InterruptedException) {
                        throw new InterruptedException("layer walk interrupted");
                    }
                    if (cause instanceof RuntimeException re) {
                        throw re;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(cause);
                }
            }
            List<LayerTarReader.Outcome> outcomes = new ArrayList<>(tasks.size());
            for (Future<LayerTarReader.Outcome> f : futures) {
                outcomes.add(f.get());
            }
            done = true;
            return outcomes;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e); // unreachable: every future completed normally above
        } finally {
            if (!done) {
                futures.forEach(f -> f.cancel(true));
            }
            executor.shutdownNow();
            if (!done) {
                awaitQuietly(executor);
            }
        }
    }

    /** Waits for cancelled workers to stop (they check for interruption on every read), keeping the interrupt. */
    private static void awaitQuietly(ExecutorService executor) {
        boolean interrupted = Thread.interrupted();
        try {
            executor.awaitTermination(CANCEL_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private WalkResult combine(List<LayerTarReader.Outcome> outcomes) {
        List<List<LayerEntry>> lists = new ArrayList<>(outcomes.size());
        for (LayerTarReader.Outcome o : outcomes) {
            lists.add(o.entries());
        }
        ImageFileSystem fs = ImageFileSystem.merge(lists);
        List<LayerStats> stats = new ArrayList<>(outcomes.size());
        List<LayerProblem> problems = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            LayerTarReader.Outcome o = outcomes.get(i);
            stats.add(o.stats());
            problems.addAll(o.problems());
            int dropped = o.droppedProblems();
            int listed = o.problems().size();
            for (LayerEntry link : o.unresolvedHardLinks()) {
                String reason = lowerLayerProblem(fs, link);
                if (reason == null) {
                    continue;
                }
                if (listed++ < limits.maxProblemsPerLayer()) {
                    problems.add(new LayerProblem(i, link.path(), reason));
                } else {
                    dropped++;
                }
            }
            if (dropped > 0) {
                problems.add(new LayerProblem(i, "", dropped + " more problems in this layer not listed"));
            }
        }
        return new WalkResult(fs, stats, problems);
    }

    /** Why a hard link whose target its own layer lacks is wrong, or null when a lower layer has a file there. */
    private static String lowerLayerProblem(ImageFileSystem fs, LayerEntry link) {
        EntryType lower = null;
        for (LayerEntry version : fs.versions(link.linkTarget())) {
            if (version.layer() < link.layer()) {
                lower = version.type();
            }
        }
        if (lower == null || lower == EntryType.WHITEOUT || lower == EntryType.OPAQUE) {
            return "hard link to /" + link.linkTarget() + ", which no earlier entry or lower layer holds";
        }
        if (lower != EntryType.FILE && lower != EntryType.HARDLINK) {
            return "hard link to /" + link.linkTarget() + ", which is not a regular file";
        }
        return null;
    }
}
