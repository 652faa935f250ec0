package dev.lashing.cli;

import dev.lashing.image.layer.WalkListener;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A one-line progress display on standard error for image scans: layers done and megabytes read.
 * It appears only after half a second (quick scans print nothing) and erases itself at the end.
 */
final class Progress implements WalkListener {
    private static final long DELAY_MILLIS = 500;
    private static final long PERIOD_MILLIS = 200;

    private final PrintStream err;
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicInteger done = new AtomicInteger();
    private volatile int layers;
    private volatile boolean shown;
    private Thread ticker;

    Progress(PrintStream err) {
        this.err = err;
    }

    void start(int layerCount) {
        layers = layerCount;
        ticker = new Thread(this::tick, "lashing-progress");
        ticker.setDaemon(true);
        ticker.start();
    }

    void stop() {
        if (ticker != null) {
            ticker.interrupt();
            try {
                ticker.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (shown) {
            err.print("\r\033[K");
            err.flush();
        }
    }

    private void tick() {
        try {
            Thread.sleep(DELAY_MILLIS);
            while (!Thread.currentThread().isInterrupted()) {
                shown = true;
                err.print(String.format(Locale.ROOT, "\r\033[Kreading layers: %d/%d done, %.0f MB read",
                        done.get(), layers, bytes.get() / 1_000_000.0));
                err.flush();
                Thread.sleep(PERIOD_MILLIS);
            }
        } catch (InterruptedException e) {
            // stopped
        }
    }

    @Override
    public void bytesRead(int index, long delta) {
        bytes.addAndGet(delta);
    }

    @Override
    public void layerDone(int index) {
        done.incrementAndGet();
    }
}
