package dev.lashing.runtime.rules;

import dev.lashing.core.Severity;
import dev.lashing.rules.DevelopmentServers;
import dev.lashing.rules.Rule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.EnvVar;
import dev.lashing.runtime.model.Sourced;
import java.util.List;
import java.util.Map;

/** The container's command starts a development server, or its environment switches on debug mode. */
@Rule(
        id = "RT034",
        name = "container-development-server",
        summary = "Container runs a development server or sets a debug/development mode in its environment",
        severity = Severity.WARNING,
        practices = {"P40"},
        references = {"CWE-489", "https://flask.palletsprojects.com/en/stable/deploying/",
            "https://docs.djangoproject.com/en/stable/ref/django-admin/#runserver"})
public final class DevelopmentServer implements RuntimeRule {

    @Override
    public void check(ContainerSpec spec, RuntimeFindingSink findings) {
        Map<String, String> env = Commands.literalEnv(spec);
        Sourced<List<String>> command = spec.command();
        if (command.isExplicit()) {
            for (List<String> argv : Commands.simpleCommands(command.value())) {
                var server = DevelopmentServers.devServer(argv, env);
                if (server.isPresent()) {
                    findings.report(command, "the container starts " + server.get() + " ("
                            + Spelling.written(command, String.join(" ", argv)) + "), a development server: "
                            + "single-threaded or auto-reloading, with debug features an attacker can use; serve the "
                            + "application with a production server (gunicorn, uvicorn without --reload, nginx, node)");
                    break;
                }
            }
        }
        for (Sourced<EnvVar> e : spec.env()) {
            if (e.isUnresolved() || e.value().value().isEmpty()) {
                continue;
            }
            DevelopmentServers.debugSwitch(e.value().name(), e.value().value().get()).ifPresent(what ->
                    findings.report(e, what + " (" + Spelling.written(e, what) + ") puts the application in "
                            + "development or debug mode (verbose errors, debuggers, reloaders) in this deployment; "
                            + "remove it outside development"));
        }
    }
}
