package dev.lashing.image.analyzers;

import dev.lashing.core.TextRange;
import dev.lashing.image.analyzers.Accounts.AccountFile;
import dev.lashing.image.analyzers.Accounts.GroupEntry;
import dev.lashing.image.analyzers.Accounts.Password;
import dev.lashing.image.analyzers.Accounts.PasswdEntry;
import dev.lashing.image.analyzers.Accounts.ShadowEntry;
import dev.lashing.image.layer.ImageFileSystem;
import dev.lashing.image.layer.LayerEntry;
import dev.lashing.image.layer.LayerEntry.EntryType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads every version of {@code /etc/passwd}, {@code /etc/group}, {@code /etc/shadow} and
 * {@code /etc/master.passwd}, per layer, and keeps the one live in the merged view.
 */
public final class AccountsAnalyzer implements FactAnalyzer<Accounts> {
    /** Largest account file read; longer ones are parsed up to here and marked truncated. */
    static final long MAX_BYTES = 1 << 20;
    static final String PASSWD = "etc/passwd";
    static final String GROUP = "etc/group";
    static final String SHADOW = "etc/shadow";
    static final String MASTER_PASSWD = "etc/master.passwd";
    private static final long MAX_ID = 0xFFFF_FFFFL;

    /** Parsed versions by layer and path. */
    private final Map<String, AccountFile<?>> versions = new ConcurrentHashMap<>();

    @Override
    public Class<Accounts> factType() {
        return Accounts.class;
    }

    @Override
    public boolean wants(LayerEntry entry) {
        String p = entry.path();
        return p.startsWith("etc/") && (p.equals(PASSWD) || p.equals(GROUP) || p.equals(SHADOW)
                || p.equals(MASTER_PASSWD));
    }

    @Override
    public long maxContentBytes() {
        return MAX_BYTES;
    }

    @Override
    public void accept(LayerEntry entry, InputStream content, boolean truncated) throws IOException {
        if (entry.type() != EntryType.FILE) {
            return;
        }
        String text = new String(content.readAllBytes(), StandardCharsets.UTF_8);
        AccountFile<?> parsed = switch (entry.path()) {
            case PASSWD -> parse(entry, text, truncated, AccountsAnalyzer::passwdLine, 1);
            case GROUP -> parse(entry, text, truncated, AccountsAnalyzer::groupLine, -1);
            case SHADOW, MASTER_PASSWD -> parse(entry, text, truncated, AccountsAnalyzer::shadowLine, 1);
            default -> null;
        };
        if (parsed != null) {
            versions.put(key(entry.layer(), entry.path()), parsed);
        }
    }

    @Override
    public Accounts result(ImageFileSystem fileSystem) {
        return new Accounts(live(fileSystem, PASSWD, PasswdEntry.class), live(fileSystem, GROUP, GroupEntry.class),
                live(fileSystem, SHADOW, ShadowEntry.class), live(fileSystem, MASTER_PASSWD, ShadowEntry.class));
    }

    @SuppressWarnings("unchecked")
    private <T> Optional<AccountFile<T>> live(ImageFileSystem fs, String path, Class<T> type) {
        Optional<LayerEntry> live = fs.live(path);
        if (live.isPresent() && live.get().type() == EntryType.SYMLINK) {
            live = fs.resolve(path);
        }
        if (live.isEmpty()) {
            return Optional.empty();
        }
        LayerEntry e = live.get();
        AccountFile<?> f = versions.get(key(e.layer(), e.path()));
        if (f == null && e.type() == EntryType.HARDLINK) {
            f = versions.get(key(e.layer(), e.linkTarget()));
        }
        if (f == null || f.entries().stream().anyMatch(x -> !type.isInstance(x))) {
            return Optional.empty();
        }
        return Optional.of((AccountFile<T>) f);
    }

    private static String key(int layer, String path) {
        return layer + "\0" + path;
    }

    /** Parses one line's fields into an entry, or null for junk; may mask {@code masked} in place. */
    private interface LineParser<T> {
        T parse(String[] fields, TextRange line);
    }

    /**
     * Splits {@code text} into lines and parses each; the field at {@code secretField} (or none when
     * negative) has its characters after the fourth masked in the returned text when it holds a password.
     */
    private static <T> AccountFile<T> parse(LayerEntry source, String text, boolean truncated, LineParser<T> parser,
            int secretField) {
        StringBuilder masked = new StringBuilder(text);
        List<T> entries = new ArrayList<>();
        int junk = 0;
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            String line = text.substring(start, contentEnd);
            if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("+") && !line.startsWith("-")) {
                String[] fields = line.split(":", -1);
                T entry = parser.parse(fields, new TextRange(start, contentEnd));
                if (entry == null) {
                    junk++;
                }
                if (secretField >= 0 && fields.length > secretField) {
                    mask(masked, start, fields, secretField);
                }
                if (entry != null) {
                    entries.add(entry);
                }
            }
            start = end + 1;
        }
        return new AccountFile<>(source, masked.toString(), entries, junk, truncated);
    }

    private static void mask(StringBuilder text, int lineStart, String[] fields, int index) {
        if (Password.of(fields[index]) != Password.SET) {
            return;
        }
        int offset = lineStart;
        for (int i = 0; i < index; i++) {
            offset += fields[i].length() + 1;
        }
        for (int i = 4; i < fields[index].length(); i++) {
            text.setCharAt(offset + i, '*');
        }
    }

    private static PasswdEntry passwdLine(String[] f, TextRange line) {
        if (f.length != 7 || f[0].isEmpty()) {
            return null;
        }
        long uid = id(f[2]);
        long gid = id(f[3]);
        if (uid < 0 || gid < 0) {
            return null;
        }
        return new PasswdEntry(f[0], Password.of(f[1]), uid, gid, f[5], f[6], line);
    }

    private static GroupEntry groupLine(String[] f, TextRange line) {
        if (f.length != 4 || f[0].isEmpty()) {
            return null;
        }
        long gid = id(f[2]);
        if (gid < 0) {
            return null;
        }
        List<String> members = f[3].isBlank() ? List.of()
                : Arrays.stream(f[3].split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new GroupEntry(f[0], gid, members, line);
    }

    /** A shadow line has 9 fields, a master.passwd line 10; shorter lines still carry name and password. */
    private static ShadowEntry shadowLine(String[] f, TextRange line) {
        if (f.length < 2 || f.length > 10 || f[0].isEmpty()) {
            return null;
        }
        return new ShadowEntry(f[0], Password.of(f[1]), line);
    }

    /** A decimal id in 0..2^32-1, or -1. */
    private static long id(String s) {
        if (s.isEmpty() || s.length() > 10 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        long v = Long.parseLong(s);
        return v <= MAX_ID ? v : -1;
    }
}
