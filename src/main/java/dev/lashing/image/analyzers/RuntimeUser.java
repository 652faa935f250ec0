package dev.lashing.image.analyzers;

import dev.lashing.image.analyzers.Accounts.GroupEntry;
import dev.lashing.image.analyzers.Accounts.PasswdEntry;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who a container of the image runs as: {@code config.User} resolved against the image's own
 * accounts, as the runtime (runc) does it. A name missing from {@code /etc/passwd} stays
 * UNRESOLVED (the container would fail to start): it is never guessed.
 *
 * @param state whether the user is known, and whether it is root
 * @param written {@code config.User} as written
 * @param uid the numeric user id; -1 when UNRESOLVED
 * @param gid the primary group id; -1 when UNRESOLVED
 * @param name the user's name from {@code /etc/passwd}, when it has an entry
 * @param groups the primary gid and the supplementary gids from {@code /etc/group} memberships; empty when UNRESOLVED
 * @param reason why the user is UNRESOLVED; empty otherwise
 */
public record RuntimeUser(State state, String written, long uid, long gid, Optional<String> name, Set<Long> groups,
        String reason) {
    private static final long MAX_ID = 0xFFFF_FFFFL;

    /** Whether the runtime user is known. */
    public enum State {
        /** A known non-root user. */
        RESOLVED,
        /** UID 0, whatever its name (an empty {@code config.User} runs as root). */
        ROOT,
        /** Cannot be decided from the image: a name or group not in its account files, or not a literal. */
        UNRESOLVED
    }

    /** Checks fields and copies the groups. */
    public RuntimeUser {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(written, "written");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reason, "reason");
        groups = Set.copyOf(groups);
    }

    /**
     * Resolves {@code configUser} ({@code user}, {@code uid}, {@code user:group}, {@code uid:gid}...)
     * against {@code accounts}. Numeric ids need no entry; a numeric uid without one gets gid 0.
     */
    public static RuntimeUser resolve(String configUser, Accounts accounts) {
        String written = configUser == null ? "" : configUser;
        String value = written.trim();
        int colon = value.indexOf(':');
        String userPart = colon < 0 ? value : value.substring(0, colon);
        Optional<String> groupPart = colon < 0 ? Optional.empty() : Optional.of(value.substring(colon + 1));
        long uid;
        Optional<PasswdEntry> entry;
        if (userPart.isEmpty()) {
            uid = 0;
            entry = accounts.userWithUid(0);
        } else if (isId(userPart)) {
            uid = Long.parseLong(userPart);
            entry = accounts.userWithUid(uid);
        } else {
            entry = accounts.user(userPart);
            if (entry.isEmpty()) {
                return unresolved(written, accounts.passwd().isEmpty()
                        ? "the image has no /etc/passwd to look up user \"" + userPart + "\""
                        : "user \"" + userPart + "\" is not in the image's /etc/passwd");
            }
            uid = entry.get().uid();
        }
        long gid = entry.map(PasswdEntry::gid).orElse(0L);
        if (groupPart.isPresent() && !groupPart.get().isEmpty()) {
            String g = groupPart.get();
            if (isId(g)) {
                gid = Long.parseLong(g);
            } else {
                Optional<GroupEntry> group = accounts.group(g);
                if (group.isEmpty()) {
                    return unresolved(written, accounts.group().isEmpty()
                            ? "the image has no /etc/group to look up group \"" + g + "\""
                            : "group \"" + g + "\" is not in the image's /etc/group");
                }
                gid = group.get().gid();
            }
        }
        Set<Long> groups = new LinkedHashSet<>();
        groups.add(gid);
        entry.ifPresent(e -> groups.addAll(accounts.memberships(e.name())));
        return new RuntimeUser(uid == 0 ? State.ROOT : State.RESOLVED, written, uid, gid,
                entry.map(PasswdEntry::name), groups, "");
    }

    private static RuntimeUser unresolved(String written, String reason) {
        return new RuntimeUser(State.UNRESOLVED, written, -1, -1, Optional.empty(), Set.of(), reason);
    }

    private static boolean isId(String s) {
        if (s.isEmpty() || s.length() > 10 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return Long.parseLong(s) <= MAX_ID;
    }

    /** True when the user is root. */
    public boolean isRoot() {
        return state == State.ROOT;
    }

    /** True when uid and groups are known. */
    public boolean isResolved() {
        return state != State.UNRESOLVED;
    }

    /** How messages name the user: {@code app (uid 10001)} or {@code uid 10001}. */
    public String describe() {
        if (!isResolved()) {
            return "\"" + written + "\"";
        }
        return name.map(n -> n + " (uid " + uid + ")").orElse("uid " + uid);
    }

    /** Whether this user may write a file with {@code mode}, {@code ownerUid}, {@code ownerGid} (root: always). */
    public boolean canWrite(int mode, long ownerUid, long ownerGid) {
        if (state == State.ROOT) {
            return true;
        }
        if (state == State.UNRESOLVED) {
            return false;
        }
        if (ownerUid == uid) {
            return (mode & 0200) != 0;
        }
        if (groups.contains(ownerGid)) {
            return (mode & 0020) != 0;
        }
        return (mode & 0002) != 0;
    }
}
