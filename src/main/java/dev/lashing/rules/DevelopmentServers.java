package dev.lashing.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises development servers in a command line and debug switches in environment variables:
 * one list for the Dockerfile rule (DF007), the image rule (IM008) and the run-time rules, so that
 * they cannot drift apart.
 */
public final class DevelopmentServers {
    /** Programs that are development servers whatever their arguments. */
    private static final Set<String> ALWAYS = Set.of("nodemon", "ts-node-dev", "webpack-dev-server", "live-server",
            "browser-sync", "air", "reflex");
    /** Program, then the first positional argument that starts its development server. */
    private static final Map<String, Set<String>> SUBCOMMAND = Map.ofEntries(
            Map.entry("flask", Set.of("run")), Map.entry("django-admin", Set.of("runserver")),
            Map.entry("manage.py", Set.of("runserver", "runserver_plus")), Map.entry("webpack", Set.of("serve")),
            Map.entry("next", Set.of("dev")), Map.entry("nuxt", Set.of("dev")), Map.entry("nuxi", Set.of("dev")),
            Map.entry("ng", Set.of("serve")), Map.entry("ember", Set.of("serve", "server", "s")),
            Map.entry("react-scripts", Set.of("start")), Map.entry("vite", Set.of("dev", "serve", "preview")),
            Map.entry("jekyll", Set.of("serve", "s")), Map.entry("hugo", Set.of("server", "serve")),
            Map.entry("mkdocs", Set.of("serve")), Map.entry("dotnet", Set.of("watch")),
            Map.entry("symfony", Set.of("serve", "server:start")), Map.entry("artisan", Set.of("serve")));
    /** Production servers that become development servers with auto-reload. */
    private static final Set<String> RELOADERS = Set.of("uvicorn", "gunicorn", "hypercorn", "granian", "flask");
    /** Launchers whose arguments are the real command. */
    private static final Map<String, String> LAUNCHERS = Map.of("bundle", "exec", "poetry", "run", "pipenv", "run",
            "uv", "run", "npx", "", "pdm", "run", "hatch", "run");
    /** Environment switches that put a framework into debug or development mode, by lower-case value. */
    private static final Map<String, Set<String>> DEBUG_ENV = Map.ofEntries(
            Map.entry("FLASK_DEBUG", Set.of("1", "true")), Map.entry("FLASK_ENV", Set.of("development")),
            Map.entry("DEBUG", Set.of("1", "true")), Map.entry("DJANGO_DEBUG", Set.of("1", "true")),
            Map.entry("NODE_ENV", Set.of("development")), Map.entry("RAILS_ENV", Set.of("development")),
            Map.entry("RACK_ENV", Set.of("development")), Map.entry("APP_DEBUG", Set.of("1", "true")),
            Map.entry("APP_ENV", Set.of("dev", "development", "local")),
            Map.entry("ASPNETCORE_ENVIRONMENT", Set.of("development")),
            Map.entry("DOTNET_ENVIRONMENT", Set.of("development")),
            Map.entry("SPRING_PROFILES_ACTIVE", Set.of("dev", "development")));

    /** Flags of the servers above that take a value as the next word (so it is not a positional argument). */
    private static final Set<String> FLAGS_WITH_VALUE = Set.of("--port", "-p", "--host", "-h", "-b", "--bind",
            "--config", "-c", "--app", "-A", "--settings", "-e", "--environment", "--env", "--mode", "--workers",
            "-w");

    private DevelopmentServers() {}

    /** Why {@code NAME=value} switches on development or debug mode, if it does. */
    public static Optional<String> debugSwitch(String name, String value) {
        Set<String> bad = DEBUG_ENV.get(name);
        return bad != null && bad.contains(value.trim().toLowerCase(Locale.ROOT))
                ? Optional.of(name + "=" + value) : Optional.empty();
    }

    /**
     * The development server that {@code argv} (program name first) starts, if any; {@code env} is
     * the image's environment (a bare {@code rails server} runs in development unless it says otherwise).
     */
    public static Optional<String> devServer(List<String> argv, Map<String, String> env) {
        List<String> a = new ArrayList<>(argv);
        while (!a.isEmpty() && LAUNCHERS.containsKey(basename(a.get(0)))) {
            String sub = LAUNCHERS.get(basename(a.remove(0)));
            if (!sub.isEmpty() && !a.isEmpty() && a.get(0).equals(sub)) {
                a.remove(0);
            }
        }
        if (a.isEmpty()) {
            return Optional.empty();
        }
        String name = basename(a.get(0));
        List<String> args = a.subList(1, a.size());
        List<String> pos = positional(args);
        String first = pos.isEmpty() ? "" : pos.get(0);
        int module = args.indexOf("-m");
        if (name.startsWith("python") && module >= 0 && module + 1 < args.size()) {
            List<String> rest = new ArrayList<>(args.subList(module + 1, args.size()));
            if (rest.get(0).equals("http.server") || rest.get(0).equals("SimpleHTTPServer")) {
                return Optional.of("python -m " + rest.get(0));
            }
            return devServer(rest, env).map(s -> "python -m " + s);
        }
        if (name.startsWith("python") && !pos.isEmpty()) {
            return devServer(pos, env);
        }
        if (ALWAYS.contains(name)) {
            return Optional.of(name);
        }
        if (SUBCOMMAND.getOrDefault(name, Set.of()).contains(first)) {
            return Optional.of(name + " " + first);
        }
        if (name.equals("vite") && pos.isEmpty()) {
            return Optional.of("vite");
        }
        if (RELOADERS.contains(name) && (args.contains("--reload") || args.contains("--debug"))) {
            return Optional.of(name + (args.contains("--reload") ? " --reload" : " --debug"));
        }
        if (name.equals("php") && args.stream().anyMatch(s -> s.startsWith("-S"))) {
            return Optional.of("php -S (the built-in web server)");
        }
        if (name.equals("rails") && Set.of("server", "s").contains(first)) {
            return railsEnvironment(args, env).equals("development")
                    ? Optional.of("rails server in the development environment") : Optional.empty();
        }
        if (Set.of("npm", "yarn", "pnpm", "bun").contains(name)) {
            String script = first.equals("run") && pos.size() > 1 ? pos.get(1) : first;
            if (script.equals("dev") || script.startsWith("dev:") || script.endsWith(":dev") || script.equals("serve")
                    || script.equals("watch")) {
                return Optional.of(name + (first.equals("run") ? " run " : " ") + script);
            }
        }
        return Optional.empty();
    }

    private static List<String> positional(List<String> args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String s = args.get(i);
            if (FLAGS_WITH_VALUE.contains(s)) {
                i++;
            } else if (!s.startsWith("-")) {
                out.add(s);
            }
        }
        return out;
    }

    private static String railsEnvironment(List<String> args, Map<String, String> env) {
        for (int i = 0; i < args.size(); i++) {
            String s = args.get(i);
            if ((s.equals("-e") || s.equals("--environment")) && i + 1 < args.size()) {
                return args.get(i + 1);
            }
            if (s.startsWith("--environment=")) {
                return s.substring("--environment=".length());
            }
        }
        return env.getOrDefault("RAILS_ENV", env.getOrDefault("RACK_ENV", "development"));
    }

    private static String basename(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
