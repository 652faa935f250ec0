package dev.lashing.runtime.compose;

import dev.lashing.core.InputError;
import dev.lashing.core.Location;
import dev.lashing.core.SourceFile;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Loaded;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads a compose project as {@code docker compose -f a.yml -f b.yml config} would see it, and
 * returns one {@link ContainerSpec} per active service. Variables come from the given environment
 * over the {@code .env} file next to the first compose file (or the {@code --env-file} files); each
 * file is interpolated, has its YAML merge keys applied, its {@code extends} and {@code include}
 * resolved, and then merges onto the files before it. Services whose profiles are all disabled are left out (all are
 * kept with {@link ComposeRequest#includeAllProfiles()}). Bad input becomes located errors and the
 * rest still loads; nothing is thrown for bad input.
 */
public final class ComposeLoader {
    private final ComposeFiles files;
    private final long budgetLimit;

    /** A loader reading from disk. */
    public ComposeLoader() {
        this(ComposeFiles.disk());
    }

    /** A loader reading through {@code files}. */
    public ComposeLoader(ComposeFiles files) {
        this(files, Budget.DEFAULT_LIMIT);
    }

    ComposeLoader(ComposeFiles files, long budgetLimit) {
        this.files = files;
        this.budgetLimit = budgetLimit;
    }

    /** Loads the project {@code request} names. */
    public Loaded load(ComposeRequest request) {
        Set<InputError> errors = new LinkedHashSet<>();
        LinkedHashMap<Path, SourceFile> sources = new LinkedHashMap<>();
        List<ContainerSpec> containers = new ArrayList<>();
        Path first = request.files().get(0);
        try {
            Budget budget = new Budget(budgetLimit);
            Variables variables = new EnvFileReader(files, budget, errors::add, sources).variables(request);
            Merger merger = new Merger(budget);
            ComposeDocuments documents = new ComposeDocuments(files, new Interpolator(variables, budget), merger, budget,
                    errors::add, sources);
            Includes includes = new Includes(documents, new Extends(documents, merger, errors::add), merger, errors::add);
            MapValue project = null;
            Map<String, Location> declared = new LinkedHashMap<>();
            for (Path path : request.files()) {
                Optional<MapValue> root = documents.load(path, null);
                if (root.isEmpty()) {
                    continue;
                }
                MapValue resolved = includes.resolve(path, root.get());
                recordDeclarations(resolved, declared);
                project = project == null ? (MapValue) merger.strip(resolved)
                        : (MapValue) merger.merge(project, resolved, List.of());
            }
            if (project != null) {
                containers.addAll(services(project, declared, variables, request, errors, sources, budget));
            }
        } catch (Budget.Exceeded e) {
            errors.add(InputError.ofFile(first.toString(), "compose project too large: merging, extends, "
                    + "interpolation or port ranges would build more than " + budgetLimit
                    + " values; refused as a possible resource-exhaustion attack"));
            containers.clear();
        } catch (RuntimeException | StackOverflowError e) {
            errors.add(InputError.ofFile(first.toString(), "internal error while loading the compose project: " + e));
            containers.clear();
        }
        return new Loaded(new ArrayList<>(sources.values()), containers, new ArrayList<>(errors));
    }

    private static void recordDeclarations(MapValue root, Map<String, Location> declared) {
        root.get("services").filter(v -> v instanceof MapValue).map(v -> (MapValue) v)
                .ifPresent(s -> s.all().forEach(e -> declared.putIfAbsent(e.key(), e.keyLocation())));
    }

    private List<ContainerSpec> services(MapValue project, Map<String, Location> declared, Variables variables,
            ComposeRequest request, Set<InputError> errors, LinkedHashMap<Path, SourceFile> sources, Budget budget) {
        Project context = new Project(project, variables, files, errors::add, sources, budget);
        TopLevel.check(project, context);
        Set<String> active = activeProfiles(request, variables);
        Optional<Value> servicesValue = project.get("services");
        if (servicesValue.isEmpty()) {
            errors.add(InputError.at(project.location(), "no services: a compose project needs a \"services\" mapping"));
            return List.of();
        }
        MapValue services = context.fields.map("services", servicesValue.get());
        if (services == null) {
            return List.of();
        }
        List<ContainerSpec> out = new ArrayList<>();
        ServiceMapper mapper = new ServiceMapper(context);
        for (MapValue.Entry e : services.all()) {
            Location at = declared.getOrDefault(e.key(), e.keyLocation());
            if (!validName(e.key())) {
                context.error(e.keyLocation(), "service name \"" + e.key() + "\" may only use letters, digits, "
                        + "\".\", \"_\" and \"-\"");
            }
            MapValue service = ServiceMapper.isNull(e.value())
                    ? new MapValue(Map.of(), e.value().location(), Value.Modifier.NONE)
                    : context.fields.map("services." + e.key(), e.value());
            if (service == null || !request.includeAllProfiles() && !enabled(service, active, context)) {
                continue;
            }
            out.add(mapper.map(e.key(), at, service));
        }
        return out;
    }

    private static Set<String> activeProfiles(ComposeRequest request, Variables variables) {
        Set<String> active = new HashSet<>(request.activeProfiles());
        String fromEnv = variables.get("COMPOSE_PROFILES");
        if (active.isEmpty() && fromEnv != null) {
            for (String p : Text.split(fromEnv, ',')) {
                if (!p.isBlank()) {
                    active.add(p.strip());
                }
            }
        }
        return active;
    }

    /** True when the service has no profiles or one of its profiles is enabled ({@code *} enables all). */
    private static boolean enabled(MapValue service, Set<String> active, Project context) {
        Optional<Value> profiles = service.get("profiles");
        if (profiles.isEmpty()) {
            return true;
        }
        List<Value> items = context.fields.list("profiles", profiles.get());
        if (items == null || items.isEmpty()) {
            return true;
        }
        for (Value item : items) {
            if (item instanceof ScalarValue s && (s.value() == null || active.contains(s.value()) || active.contains("*"))) {
                return true; // a profile named by an unset variable may be enabled: keep the service
            }
        }
        return false;
    }

    private static boolean validName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 128 || c == '.' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
