package dev.lashing.image.rules;

import dev.lashing.core.Severity;
import dev.lashing.image.analyzers.Accounts;
import dev.lashing.image.analyzers.ImageFacts;
import dev.lashing.image.analyzers.RuntimeUser;
import dev.lashing.rules.Rule;

/** The image's config.User is a name, or resolves to a UID below {@code min-uid} (10000). */
@Rule(
        id = "IM026",
        name = "image-user-low-uid",
        summary = "The image's user is a name or a UID below 10000, not a high numeric UID",
        severity = Severity.INFO,
        practices = {"P31"},
        references = {"https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"})
public final class UserLowUid implements ImageRule {
    /** Setting: the lowest UID accepted. */
    static final String MIN_UID = "min-uid";
    /** The lowest UID that stays clear of the host's regular users. */
    static final long DEFAULT_MIN_UID = 10000;

    @Override
    public void check(ImageFacts image, ImageFindingSink findings) {
        String written = image.config().user().trim();
        RuntimeUser user = RuntimeUser.resolve(written, image.get(Accounts.class).orElse(Accounts.NONE));
        if (user.isRoot()) {
            return; // root is IM001's business
        }
        long min = minUid(image);
        String userPart = written.contains(":") ? written.substring(0, written.indexOf(':')) : written;
        boolean low = user.isResolved() && user.uid() < min;
        String lowText = "UID " + user.uid() + " may equal a real user on the host (UIDs below " + min
                + " are handed out to people and system accounts)";
        if (!userPart.chars().allMatch(Character::isDigit)) {
            String resolved = user.isResolved() ? " (UID " + user.uid() + " in its /etc/passwd)"
                    : " (" + user.reason() + ")";
            findings.config("/config/User", "the image runs as user name \"" + userPart + "\"" + resolved
                    + ": a name cannot be checked by runAsNonRoot and may map to a different UID in another base"
                    + (low ? ", and " + lowText : "") + "; use a numeric UID of " + min
                    + " or more (e.g. USER " + Math.max(min + 1, 10001) + ":0)");
        } else if (low) {
            findings.config("/config/User", "the image runs as UID " + user.uid() + ", which may equal a real user "
                    + "on the host (UIDs below " + min + " are handed out to people and system accounts); use a "
                    + "UID of " + min + " or more");
        }
    }

    private static long minUid(ImageFacts image) {
        try {
            return Long.parseLong(image.settings().string(MIN_UID, Long.toString(DEFAULT_MIN_UID)).trim());
        } catch (NumberFormatException e) {
            return DEFAULT_MIN_UID;
        }
    }
}
