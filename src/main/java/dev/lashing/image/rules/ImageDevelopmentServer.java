package dev.lashing.image.rules;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.shell.Command;
import dev.lashing.dockerfile.shell.Word;
import dev.lashing.image.analyzers.ImageFacts;
import dev.lashing.rules.DevelopmentServers;
import dev.lashing.rules.Rule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The image starts a development server, or its environment switches a framework to debug/development mode. */
@Rule(
        id = "IM008",
        name = "image-development-server",
        summary = "Image starts a development server or sets a debug/development mode in its environment",
        severity = Severity.WARNING,
        practices = {"P40"},
        references = {"CWE-489", "https://flask.palletsprojects.com/en/stable/deploying/",
            "https://docs.djangoproject.com/en/stable/ref/django-admin/#runserver"})
public final class ImageDevelopmentServer implements ImageRule {

    @Override
    public void check(ImageFacts image, ImageFindingSink findings) {
        List<String> envList = image.config().env();
        Map<String, String> env = new HashMap<>();
        for (String e : envList) {
            int eq = e.indexOf('=');
            env.put(eq < 0 ? e : e.substring(0, eq), eq < 0 ? "" : e.substring(eq + 1));
        }
        Set<String> seen = new HashSet<>();
        for (ImageCommands.Startup s : ImageCommands.startup(image.config())) {
            for (Command c : s.script().commands()) {
                if (c.simpleName().isEmpty()) {
                    continue;
                }
                List<String> argv = new ArrayList<>();
                argv.add(c.name().text());
                c.args().stream().map(Word::text).forEach(argv::add);
                DevelopmentServers.devServer(argv, env).filter(seen::add).ifPresent(what -> findings.config(s.pointer(),
                        "the image starts " + what + ", a development server: single-threaded or auto-reloading, "
                                + "with debug features an attacker can use; serve the application with a production "
                                + "server (gunicorn, uvicorn without --reload, nginx, node)"));
            }
        }
        for (int i = 0; i < envList.size(); i++) {
            String e = envList.get(i);
            int eq = e.indexOf('=');
            String pointer = "/config/Env/" + i;
            if (eq > 0) {
                DevelopmentServers.debugSwitch(e.substring(0, eq), e.substring(eq + 1)).ifPresent(what -> findings.config(
                        pointer, "Env " + what + " puts the image in development/debug "
                                + "mode (verbose errors, debuggers, reloaders) wherever it runs; remove it from the "
                                + "image and set it at run time for development only"));
            }
        }
    }
}
