package dev.lashing.image.archive;

/**
 * An image that cannot be read: a malformed archive, a missing or mismatching blob, a platform not
 * in the index, a limit exceeded. The message names the input and the part at fault, and is meant
 * for the user as it stands.
 */
public final class ImageException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Creates an exception with a user-facing message. */
    public ImageException(String message) {
        super(message);
    }

    /** Creates an exception with a user-facing message and its cause. */
    public ImageException(String message, Throwable cause) {
        super(message, cause);
    }
}
