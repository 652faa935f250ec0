package dev.lashing.image.analyzers;

import dev.lashing.core.TextRange;
import dev.lashing.image.layer.LayerEntry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The image's accounts, read from the versions of {@code /etc/passwd}, {@code /etc/group},
 * {@code /etc/shadow} and {@code /etc/master.passwd} that are live in the merged view. Each file is
 * absent when the image has no such file (or it could not be read, e.g. a symlink to elsewhere).
 *
 * @param passwd the live {@code /etc/passwd}
 * @param group the live {@code /etc/group}
 * @param shadow the live {@code /etc/shadow}
 * @param masterPasswd the live {@code /etc/master.passwd} (BSD-style), parsed like a shadow file
 */
public record Accounts(Optional<AccountFile<PasswdEntry>> passwd, Optional<AccountFile<GroupEntry>> group,
        Optional<AccountFile<ShadowEntry>> shadow, Optional<AccountFile<ShadowEntry>> masterPasswd) {

    /** Accounts of an image without any account file (scratch, distroless without passwd). */
    public static final Accounts NONE = new Accounts(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    /** Checks fields. */
    public Accounts {
        Objects.requireNonNull(passwd, "passwd");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(shadow, "shadow");
        Objects.requireNonNull(masterPasswd, "masterPasswd");
    }

    /**
     * One parsed account file.
     *
     * @param source the live entry the lines were read from
     * @param text the file's text as read (UTF-8, leniently), with password hashes masked beyond
     *     their first four characters so that no finding can show one
     * @param entries the well-formed lines, in file order
     * @param junkLines lines that are neither blank, comments, NIS {@code +}/{@code -} lines nor well formed
     * @param truncated true when the file was longer than what was read
     * @param <T> the kind of line
     */
    public record AccountFile<T>(LayerEntry source, String text, List<T> entries, int junkLines, boolean truncated) {
        /** Copies the entries. */
        public AccountFile {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(text, "text");
            entries = List.copyOf(entries);
        }
    }

    /** What an account's password field holds; the hash itself is never kept. */
    public enum Password {
        /** Empty: no password is needed to log in. */
        EMPTY,
        /** {@code x} in passwd: the password is in the shadow file. */
        SHADOWED,
        /** Locked or disabled: {@code !}, {@code *}, {@code !!}, {@code *LOCKED*}... */
        LOCKED,
        /** A password hash (or, wrongly, a plain-text password). */
        SET;

        /** Classifies a password field of passwd, shadow or master.passwd. */
        public static Password of(String field) {
            if (field.isEmpty()) {
                return EMPTY;
            }
            if (field.equals("x")) {
                return SHADOWED;
            }
            char c = field.charAt(0);
            return c == '!' || c == '*' ? LOCKED : SET;
        }
    }

    /**
     * A line of {@code /etc/passwd}.
     *
     * @param name the user name
     * @param password what the password field holds
     * @param uid the numeric user id
     * @param gid the primary group id
     * @param home the home directory
     * @param shell the login shell
     * @param line the line's range in {@link AccountFile#text}, without its newline
     */
    public record PasswdEntry(String name, Password password, long uid, long gid, String home, String shell,
            TextRange line) {}

    /**
     * A line of {@code /etc/group}.
     *
     * @param name the group name
     * @param gid the numeric group id
     * @param members the user names listed as members
     * @param line the line's range in {@link AccountFile#text}
     */
    public record GroupEntry(String name, long gid, List<String> members, TextRange line) {
        /** Copies the members. */
        public GroupEntry {
            members = List.copyOf(members);
        }
    }

    /**
     * A line of {@code /etc/shadow} or {@code /etc/master.passwd}.
     *
     * @param name the user name
     * @param password what the password field holds
     * @param line the line's range in {@link AccountFile#text}
     */
    public record ShadowEntry(String name, Password password, TextRange line) {}

    /** The passwd entries, empty without a passwd file. */
    public List<PasswdEntry> users() {
        return passwd.map(AccountFile::entries).orElse(List.of());
    }

    /** The group entries, empty without a group file. */
    public List<GroupEntry> groups() {
        return group.map(AccountFile::entries).orElse(List.of());
    }

    /** The first passwd entry named {@code name}, as the C library would find it. */
    public Optional<PasswdEntry> user(String name) {
        return users().stream().filter(u -> u.name().equals(name)).findFirst();
    }

    /** The first passwd entry with {@code uid}. */
    public Optional<PasswdEntry> userWithUid(long uid) {
        return users().stream().filter(u -> u.uid() == uid).findFirst();
    }

    /** The first group entry named {@code name}. */
    public Optional<GroupEntry> group(String name) {
        return groups().stream().filter(g -> g.name().equals(name)).findFirst();
    }

    /** The first group entry with {@code gid}. */
    public Optional<GroupEntry> groupWithGid(long gid) {
        return groups().stream().filter(g -> g.gid() == gid).findFirst();
    }

    /** The gids of the groups that list {@code userName} as a member, in file order. */
    public Set<Long> memberships(String userName) {
        Set<Long> out = new LinkedHashSet<>();
        for (GroupEntry g : groups()) {
            if (g.members().contains(userName)) {
                out.add(g.gid());
            }
        }
        return out;
    }

    /** The shadow-like files present (shadow, then master.passwd). */
    public List<AccountFile<ShadowEntry>> shadowFiles() {
        List<AccountFile<ShadowEntry>> out = new ArrayList<>(2);
        shadow.ifPresent(out::add);
        masterPasswd.ifPresent(out::add);
        return out;
    }

    /** {@code name(uid)}, or the bare uid when no passwd entry has it, e.g. {@code root} or {@code 1234}. */
    public String describeUid(long uid) {
        return userWithUid(uid).map(PasswdEntry::name).orElse(Long.toString(uid));
    }

    /** The group's name, or the bare gid when no group entry has it. */
    public String describeGid(long gid) {
        return groupWithGid(gid).map(GroupEntry::name).orElse(Long.toString(gid));
    }
}
