package dev.lashing.cli;

import dev.lashing.config.ConfigException;
import dev.lashing.image.archive.ImageException;

/**
 * How commands end on bad usage, configuration or input they cannot read at all, or on an interrupt:
 * one line on stderr and exit status 2, never a stack trace.
 */
final class CommandErrors {
    private CommandErrors() {}

    /** A command's work, which may fail on usage or configuration. */
    @FunctionalInterface
    interface Body {
        /** Runs the command and returns its exit status. */
        int run() throws UsageException, ConfigException, ImageException, InterruptedException;
    }

    /** Runs {@code body}, turning usage and configuration errors into a message and {@link Cli#USAGE}. */
    static int run(Environment env, Body body) {
        try {
            return body.run();
        } catch (UsageException e) {
            env.stderr().println("lashing: " + e.getMessage());
            return Cli.USAGE;
        } catch (ConfigException e) {
            env.stderr().println("lashing: " + e.describe());
            return Cli.USAGE;
        } catch (ImageException e) {
            env.stderr().println("lashing: " + e.getMessage());
            return Cli.USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            env.stderr().println("lashing: interrupted");
            return Cli.USAGE;
        }
    }
}
