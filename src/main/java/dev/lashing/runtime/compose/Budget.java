package dev.lashing.runtime.compose;

/**
 * Work and memory a compose load may spend (nodes built by merges and extends, characters produced by
 * interpolation, ports expanded from ranges), so that a small hostile file cannot make it explode.
 */
final class Budget {
    /**
     * Units a whole load may spend (a unit is a value built or 16 characters interpolated): hundreds of
     * times what the largest real projects need, and a few hundred megabytes at most.
     */
    static final long DEFAULT_LIMIT = 4_000_000L;

    private final long limit;
    private long spent;

    Budget(long limit) {
        this.limit = limit;
    }

    /** Spends {@code units}, throwing {@link Exceeded} past the limit. */
    void spend(long units) {
        spent += units;
        if (spent > limit) {
            throw new Exceeded();
        }
    }

    /** Thrown when the budget is spent; the loader reports it as an input error. */
    static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exceeded() {
            super("compose project too large", null, false, false);
        }
    }
}
