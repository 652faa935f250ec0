/**
 * The one port grammar of the run-time inputs: {@code docker run -p}/{@code --expose}, Quadlet {@code PublishPort=}
 * and compose {@code ports:} (short and long syntax) and {@code expose:} all read
 * {@code [IP:][HOST_PORT[-END]:]CONTAINER_PORT[-END][/PROTOCOL]} through {@link dev.lashing.runtime.ports.PortSyntax},
 * which returns a {@link dev.lashing.runtime.ports.ParsedPort} (a spec or the reason it is bad) that each adapter
 * turns into its own errors; {@link dev.lashing.runtime.ports.HostAddresses} reads the host addresses.
 */
package dev.lashing.runtime.ports;
