package dev.lashing.runtime.kubernetes;

import dev.lashing.core.Location;
import dev.lashing.runtime.model.Health;
import dev.lashing.runtime.model.Sourced;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads a container's probes into a {@link Health}: {@code probes} names those set ({@code liveness},
 * {@code readiness}, {@code startup}) and {@code test} describes each in the same order
 * ({@code httpGet :8080/healthz}, {@code exec cat /tmp/healthy}, {@code tcpSocket :5432}, {@code grpc :9090}).
 */
final class Probes {
    private static final String[] KINDS = {"liveness", "readiness", "startup"};

    private Probes() {
    }

    /** The container's probes, located at the first one; null when it sets none. */
    static Sourced<Health> read(YamlMap container, FieldReader reader) {
        List<String> probes = new ArrayList<>();
        List<String> tests = new ArrayList<>();
        Location first = null;
        String firstText = "";
        for (String kind : KINDS) {
            Section probe = reader.section(container, kind + "Probe");
            if (probe.isAbsent()) {
                continue;
            }
            if (first == null) {
                first = probe.location();
                firstText = probe.text();
            }
            probes.add(kind);
            tests.add(probe.isUnresolved() ? probe.text() : describe(probe, reader));
        }
        return first == null ? null : Sourced.explicit(new Health(false, tests, probes), first, firstText);
    }

    private static String describe(Section probe, FieldReader reader) {
        Section exec = probe.section("exec");
        if (!exec.isAbsent()) {
            List<String> words = new ArrayList<>();
            for (Node w : exec.items("command").nodes()) {
                words.add(w instanceof ScalarNode s ? s.getValue() : reader.text(w));
            }
            return "exec " + String.join(" ", words);
        }
        Section http = probe.section("httpGet");
        if (!http.isAbsent()) {
            String scheme = text(http, "scheme");
            String host = text(http, "host");
            return "httpGet " + (scheme.isEmpty() || scheme.equals("HTTP") ? "" : scheme.toLowerCase(java.util.Locale.ROOT)
                    + "://") + host + ":" + text(http, "port") + text(http, "path");
        }
        for (String handler : new String[] {"tcpSocket", "grpc"}) {
            Section s = probe.section(handler);
            if (!s.isAbsent()) {
                return handler + " " + text(s, "host") + ":" + text(s, "port");
            }
        }
        return probe.text();
    }

    /** A field's scalar text as written (a port may be a number or a name), or {@code ""}. */
    private static String text(Section s, String key) {
        if (s.map() == null) {
            return "";
        }
        NodeTuple e = s.map().entry(key);
        return e != null && e.getValueNode() instanceof ScalarNode v && !Scalars.isNull(v) ? v.getValue() : "";
    }
}
