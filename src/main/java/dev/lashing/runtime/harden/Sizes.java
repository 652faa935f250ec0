package dev.lashing.runtime.harden;

/** Writes sizes and CPU counts the way Docker, compose and Kubernetes users write them. */
final class Sizes {

    private Sizes() {
    }

    /** {@code 512m} for 512 MiB; bytes when not a whole number of KiB. */
    static String format(long bytes) {
        String[] units = {"g", "m", "k"};
        long[] sizes = {1L << 30, 1L << 20, 1L << 10};
        for (int i = 0; i < units.length; i++) {
            if (bytes % sizes[i] == 0) {
                return bytes / sizes[i] + units[i];
            }
        }
        return Long.toString(bytes);
    }

    /** Kubernetes spelling: {@code 512Mi}. */
    static String kubernetes(long bytes) {
        String s = format(bytes);
        return Character.isDigit(s.charAt(s.length() - 1)) ? s : s.substring(0, s.length() - 1)
                + Character.toUpperCase(s.charAt(s.length() - 1)) + "i";
    }

    /** {@code 1} for 1.0, {@code 0.5} for 0.5. */
    static String cpus(double cpus) {
        return cpus == Math.rint(cpus) ? Long.toString((long) cpus) : Double.toString(cpus);
    }
}
