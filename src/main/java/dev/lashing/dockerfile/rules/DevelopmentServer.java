package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.model.Stage;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.ShellScript;
import dev.lashing.dockerfile.shell.Word;
import dev.lashing.dockerfile.syntax.Cmd;
import dev.lashing.dockerfile.syntax.Entrypoint;
import dev.lashing.dockerfile.syntax.Env;
import dev.lashing.dockerfile.syntax.Instruction;
import dev.lashing.dockerfile.syntax.KeyValue;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    /** Programs that are development servers whatever their arguments. */
    private static final Set<String> ALWAYS = Set.of("nodemon", "ts-node-dev", "webpack-dev-server", "react-scripts",
            "ng", "ember", "live-server");
    /** Program, then the first positional argument that starts its development server. */
    private static final Map<String, Set<String>> SUBCOMMAND = Map.of(
            "flask", Set.of("run"), "django-admin", Set.of("runserver"), "manage.py", Set.of("runserver"),
            "webpack", Set.of("serve"), "next", Set.of("dev"), "nuxt", Set.of("dev"), "jekyll", Set.of("serve", "s"),
            "hugo", Set.of("server", "serve"), "mkdocs", Set.of("serve"), "vite", Set.of("dev", "serve", "preview"));
    /** Servers that are production-grade unless auto-reload is on. */
    private static final Set<String> RELOADERS = Set.of("uvicorn", "gunicorn", "hypercorn", "granian");
    /** Environment switches that put a framework into debug or development mode. */
    private static final Map<String, Set<String>> DEBUG_ENV = Map.of(
            "FLASK_DEBUG", Set.of("1", "true"), "FLASK_ENV", Set.of("development"),
            "DJANGO_DEBUG", Set.of("1", "true"), "NODE_ENV", Set.of("development"),
            "RAILS_ENV", Set.of("development"), "APP_DEBUG", Set.of("1", "true"),
            "ASPNETCORE_ENVIRONMENT", Set.of("development"), "SPRING_PROFILES_ACTIVE", Set.of("dev", "development"));

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        for (Stage stage : context.model().shippedStages()) {
            for (Instruction i : stage.instructions()) {
                if (i instanceof Cmd c) {
                    commands(context.script(i, c.command()), findings);
                } else if (i instanceof Entrypoint e) {
                    commands(context.script(i, e.command()), findings);
                } else if (i instanceof Env env) {
                    debugEnv(context, env, findings);
                }
            }
        }
    }

    private static void commands(Optional<ShellScript> script, FindingSink findings) {
        for (Command c : script.map(ShellScript::commands).orElse(List.of())) {
            devServer(c).ifPresent(what -> findings.report(c.range(), what + " is a development server: "
                    + "single-threaded or auto-reloading, with debug features an attacker can use; serve the "
                    + "application with a production server (gunicorn, uvicorn without --reload, nginx, node)"));
        }
    }

    /** What development server {@code c} starts, if it starts one. */
    static Optional<String> devServer(Command c) {
        String name = c.simpleName().orElse("");
        List<Word> pos = c.positionalArgs(Set.of("-m", "--port", "-p", "--host", "-b", "--bind", "--config", "-c"));
        String first = pos.isEmpty() ? "" : pos.get(0).text();
        if (ALWAYS.contains(name) && (!name.equals("ng") && !name.equals("ember") || first.equals("serve"))
                && (!name.equals("react-scripts") || first.equals("start"))) {
            return Optional.of(name + (name.equals("ng") || name.equals("ember") ? " serve" : ""));
        }
        if (SUBCOMMAND.getOrDefault(name, Set.of()).contains(first)) {
            return Optional.of(name + " " + first);
        }
        if (name.equals("vite") && pos.isEmpty()) {
            return Optional.of("vite");
        }
        if (RELOADERS.contains(name) && c.hasFlag("--reload")) {
            return Optional.of(name + " --reload");
        }
        if (name.equals("php") && c.hasFlag("-S")) {
            return Optional.of("php -S (the built-in web server)");
        }
        if (name.startsWith("python")) {
            Optional<Word> module = c.flagValue("-m");
            if (module.isPresent()) {
                String m = module.get().text();
                if (m.equals("http.server") || m.equals("SimpleHTTPServer")) {
                    return Optional.of("python -m " + m);
                }
                if (m.equals("flask") && first.equals("run")) {
                    return Optional.of("python -m flask run");
                }
            }
            if (!pos.isEmpty() && pos.get(0).text().endsWith("manage.py") && pos.size() > 1
                    && pos.get(1).text().equals("runserver")) {
                return Optional.of("manage.py runserver");
            }
        }
        if (Set.of("npm", "yarn", "pnpm", "bun").contains(name)) {
            String script = first.equals("run") && pos.size() > 1 ? pos.get(1).text() : first;
            if (script.equals("dev") || script.startsWith("dev:") || script.equals("serve") || script.endsWith(":dev")) {
                return Optional.of(name + " " + String.join(" ", pos.stream().limit(2).map(Word::text).toList()));
            }
        }
        return Optional.empty();
    }

    private static void debugEnv(DockerfileContext context, Env env, FindingSink findings) {
        for (KeyValue kv : env.pairs()) {
            Set<String> bad = DEBUG_ENV.get(kv.key().text());
            Optional<String> value = context.expand(env, kv.value().text()).resolvedValue();
            if (bad != null && value.isPresent() && bad.contains(value.get().toLowerCase(Locale.ROOT))) {
                findings.report(kv.key().range(), kv.key().text() + "=" + value.get() + " puts the shipped image in "
                        + "development/debug mode (verbose errors, debuggers, reloaders); set it at run time for "
                        + "development only");
            }
        }
    }
}
