/**
 * A shell model of the shell-form commands of a Dockerfile (RUN, CMD, ENTRYPOINT, HEALTHCHECK and
 * heredoc bodies): {@link dev.lashing.dockerfile.shell.ShellScript} lists every simple command
 * (also inside subshells, substitutions, functions, compound commands, behind wrappers such as
 * {@code sudo} or {@code env}, and inside static {@code sh -c '…'} scripts and heredocs fed to a
 * shell), its pipelines and its syntax errors, every range in Dockerfile coordinates.
 *
 * <p>Parsing uses the tree-sitter bash grammar, kept entirely inside the package-private
 * {@code BashParser}: the text is given to tree-sitter as UTF-16LE, so node offsets are Java char
 * indexes, and the native tree is copied into plain Java nodes and released at once. Limits: scripts
 * over 1 MiB are not parsed, nesting deeper than 200 levels is cut off, {@code sh -c} scripts are
 * followed at most 4 shells deep; each limit hit is reported as a {@link
 * dev.lashing.dockerfile.shell.ShellError}.
 */
package dev.lashing.dockerfile.shell;
