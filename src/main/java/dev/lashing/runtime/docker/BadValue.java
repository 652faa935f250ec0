package dev.lashing.runtime.docker;

/** A flag value the CLI would refuse; caught where the flag is read and reported as a located input error. */
final class BadValue extends Exception {
    private static final long serialVersionUID = 1L;

    BadValue(String message) {
        super(message, null, false, false);
    }
}
