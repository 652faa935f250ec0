package dev.lashing.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether standard output is an interactive terminal, on JDK 17 and on JDK 22+ (where that changed). */
final class Terminal {
    private Terminal() {}

    /**
     * True when stdin and stdout are a terminal. From JDK 22 {@link System#console()} returns a
     * console even when redirected, and {@code Console.isTerminal()} (called reflectively, as it does
     * not exist in 17) tells the truth.
     */
    static boolean isInteractive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
