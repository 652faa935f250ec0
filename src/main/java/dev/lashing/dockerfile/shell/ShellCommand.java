package dev.lashing.dockerfile.shell;

import java.util.List;

/**
 * A command that runs a POSIX shell: the script word given with {@code -c} (null when the shell
 * reads its script from standard input), and its index in the command's arguments.
 */
record ShellCommand(Word script, int scriptIndex, boolean readsStdin) {

    /** The shell invocation {@code c} is, or null when {@code c} is not a shell. */
    static ShellCommand of(Command c) {
        if (!c.isNamed(ScriptBuilder.SHELLS.toArray(String[]::new))) {
            return null;
        }
        List<Word> args = c.args();
        boolean dashC = false;
        boolean dashS = false;
        int i = 0;
        for (; i < args.size(); i++) {
            String t = args.get(i).text();
            if (t.equals("--") || t.equals("-")) {
                i++;
                break;
            }
            if ((t.startsWith("-") || t.startsWith("+")) && t.length() > 1 && !t.startsWith("--")) {
                if (t.equals("-o") || t.equals("+o") || t.equals("-O") || t.equals("+O")) {
                    i++;
                    continue;
                }
                dashC |= t.indexOf('c', 1) > 0;
                dashS |= t.indexOf('s', 1) > 0;
                continue;
            }
            if (t.startsWith("--")) {
                continue;
            }
            break;
        }
        if (dashC) {
            return i < args.size() ? new ShellCommand(args.get(i), i, false) : null;
        }
        // a script file named /dev/stdin (or /proc/self/fd/0) is standard input too
        boolean stdinFile = i < args.size() && (args.get(i).text().equals("/dev/stdin")
                || args.get(i).text().equals("/proc/self/fd/0") || args.get(i).text().equals("/dev/fd/0"));
        return new ShellCommand(null, -1, dashS || i >= args.size() || stdinFile);
    }
}
