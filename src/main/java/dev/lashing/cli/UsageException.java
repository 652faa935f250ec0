package dev.lashing.cli;

/** A command-line mistake the user must correct; reported with exit status 2. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
