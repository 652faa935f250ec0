package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.model.Stage;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.ShellScript;
import dev.lashing.dockerfile.syntax.Cmd;
import dev.lashing.dockerfile.syntax.Entrypoint;
import dev.lashing.dockerfile.syntax.Env;
import dev.lashing.dockerfile.syntax.Instruction;
import dev.lashing.dockerfile.syntax.KeyValue;
import dev.lashing.rules.DevelopmentServers;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The shipped image starts a development server, or switches its framework to debug/development mode. */
@Rule(
        id = "DF007",
        name = "development-server",
        summary = "Development server or debug mode in the shipped image",
        severity = Severity.WARNING,
        practices = {"P40"},
        references = {"CWE-489", "https://flask.palletsprojects.com/en/stable/deploying/",
            "https://docs.djangoproject.com/en/stable/ref/django-admin/#runserver"})
public final class DevelopmentServer implements DockerfileRule {

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (Stage stage : context.model().shippedStages()) {
            Map<String, String> env = new HashMap<>();
            for (Instruction i : stage.instructions()) {
                if (i instanceof Cmd c) {
                    commands(context.script(i, c.command()), env, findings);
                } else if (i instanceof Entrypoint e) {
                    commands(context.script(i, e.command()), env, findings);
                } else if (i instanceof Env e) {
                    debugEnv(context, e, env, findings);
                }
            }
        }
    }

    private static void commands(Optional<ShellScript> script, Map<String, String> env, FindingSink findings) {
        for (Command c : script.map(ShellScript::commands).orElse(List.of())) {
            devServer(c, env).ifPresent(what -> findings.report(c.range(), what + " is a development server: "
                    + "single-threaded or auto-reloading, with debug features an attacker can use; serve the "
                    + "application with a production server (gunicorn, uvicorn without --reload, nginx, node)"));
        }
    }

    /** What development server {@code c} starts, if it starts one; {@code env} is the stage's ENV so far. */
    static Optional<String> devServer(Command c, Map<String, String> env) {
        List<String> argv = new ArrayList<>();
        argv.add(c.name().text());
        c.args().forEach(w -> argv.add(w.text()));
        return DevelopmentServers.devServer(argv, env);
    }

    private static void debugEnv(DockerfileContext context, Env env, Map<String, String> values, FindingSink findings) {
        for (KeyValue kv : env.pairs()) {
            Optional<String> value = context.expand(env, kv.value().text()).resolvedValue();
            if (value.isEmpty()) {
                continue;
            }
            values.put(kv.key().text(), value.get());
            if (DevelopmentServers.debugSwitch(kv.key().text(), value.get()).isPresent()) {
                findings.report(kv.key().range(), kv.key().text() + "=" + value.get() + " puts the shipped image in "
                        + "development/debug mode (verbose errors, debuggers, reloaders); set it at run time for "
                        + "development only");
            }
        }
    }
}
