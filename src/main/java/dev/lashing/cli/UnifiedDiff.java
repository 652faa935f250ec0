package dev.lashing.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.Arrays;
import java.util.List;

/** A unified diff of a file's text before and after, with git's {@code a/} and {@code b/} prefixes on relative paths. */
final class UnifiedDiff {
    private UnifiedDiff() {}

    /** The diff of {@code before} and {@code after}, the file shown as {@code path}; empty when they are equal. */
    static String of(String path, String before, String after) {
        List<String> a = Arrays.asList(before.split("\n", -1));
        List<String> b = Arrays.asList(after.split("\n", -1));
        Patch<String> patch = DiffUtils.diff(a, b);
        boolean absolute = path.startsWith("/");
        StringBuilder sb = new StringBuilder();
        for (String line : UnifiedDiffUtils.generateUnifiedDiff((absolute ? "" : "a/") + path,
                (absolute ? "" : "b/") + path, a, patch, 3)) {
            sb.append(line).append('\n');
        }
        return sb.toString();
    }
}
