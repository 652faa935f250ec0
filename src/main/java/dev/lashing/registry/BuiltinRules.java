package dev.lashing.registry;

import dev.lashing.core.RuleCatalog;
import dev.lashing.core.RuleMeta;
import dev.lashing.core.ToolInfo;
import dev.lashing.rules.RuleMetas;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The one list of every built-in rule, sorted by id, and the catalog built from it. */
public final class BuiltinRules {

    /** Every rule class. Keep sorted by id; the registry test checks it. */
    static final List<Class<?>> CLASSES = List.of(
            dev.lashing.dockerfile.rules.LastUserIsRoot.class,
            dev.lashing.dockerfile.rules.BaseImageLatest.class,
            dev.lashing.dockerfile.rules.AddInsteadOfCopy.class,
            dev.lashing.dockerfile.rules.SecretInEnvOrArg.class,
            dev.lashing.dockerfile.rules.MaintainerDeprecated.class,
            dev.lashing.dockerfile.rules.ShellFormCommand.class,
            dev.lashing.dockerfile.rules.DevelopmentServer.class,
            dev.lashing.dockerfile.rules.MissingHealthcheck.class,
            dev.lashing.dockerfile.rules.RelativeWorkdir.class,
            dev.lashing.dockerfile.rules.UntrustedRegistry.class,
            dev.lashing.dockerfile.rules.UserNotHighNumericUid.class,
            dev.lashing.dockerfile.rules.SchemaLabelMissing.class,
            dev.lashing.dockerfile.rules.LabelNotInSchema.class,
            dev.lashing.dockerfile.rules.LabelSchemaInvalid.class,
            dev.lashing.dockerfile.rules.InlineSuppression.class,
            dev.lashing.dockerfile.rules.UnofficialHubImage.class,
            dev.lashing.rules.suppression.UnusedSuppression.class,
            dev.lashing.rules.suppression.InvalidSuppression.class,
            dev.lashing.dockerfile.rules.CurlPipedToShell.class,
            dev.lashing.dockerfile.rules.SudoUsed.class,
            dev.lashing.dockerfile.rules.AptInstallRecommends.class,
            dev.lashing.dockerfile.rules.AptListsNotRemoved.class,
            dev.lashing.dockerfile.rules.CdInRun.class,
            dev.lashing.dockerfile.rules.PipeWithoutPipefail.class,
            dev.lashing.dockerfile.rules.CurlAndWget.class,
            dev.lashing.dockerfile.rules.WgetWithoutProgress.class,
            dev.lashing.dockerfile.rules.InteractiveCommandInRun.class,
            dev.lashing.dockerfile.rules.LinkReplacesBinSh.class,
            dev.lashing.dockerfile.rules.UseraddLargeUidWithoutNoLogInit.class,
            dev.lashing.dockerfile.rules.ConsecutiveRuns.class);


    private static final List<RegisteredRule> ALL = instantiate();
    private static final Catalog CATALOG = new Catalog(ALL.stream().map(RegisteredRule::meta).toList());

    private BuiltinRules() {}

    /** Every rule with its implementation, sorted by id. */
    public static List<RegisteredRule> all() {
        return ALL;
    }

    /** The catalog of every rule, with documentation. */
    public static RuleCatalog catalog() {
        return CATALOG;
    }

    /** The class implementing the rule with {@code id}. */
    public static Optional<Class<?>> classOf(String id) {
        for (RegisteredRule r : ALL) {
            if (r.meta().id().equals(id)) {
                return Optional.of(r.implementation().getClass());
            }
        }
        return Optional.empty();
    }

    /** Finds a rule by id or name, case-insensitively. */
    public static Optional<RuleMeta> find(String idOrName) {
        String key = idOrName.toLowerCase(Locale.ROOT);
        return ALL.stream().map(RegisteredRule::meta)
                .filter(m -> m.id().toLowerCase(Locale.ROOT).equals(key) || m.name().equals(key)).findFirst();
    }

    private static List<RegisteredRule> instantiate() {
        List<RegisteredRule> out = new ArrayList<>();
        for (Class<?> c : CLASSES) {
            try {
                out.add(new RegisteredRule(RuleMetas.of(c), c.getDeclaredConstructor().newInstance()));
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException
                    | NoSuchMethodException e) {
                throw new IllegalStateException("cannot instantiate rule " + c.getName(), e);
            }
        }
        out.sort(Comparator.comparing(r -> r.meta().id()));
        return List.copyOf(out);
    }

    /** Loads the Markdown documentation that sits beside a rule class. */
    static Optional<String> documentationOf(Class<?> ruleClass) {
        try (InputStream in = ruleClass.getResourceAsStream(ruleClass.getSimpleName() + ".md")) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Catalog(List<RuleMeta> rules) implements RuleCatalog {
        private static final ConcurrentHashMap<String, Optional<String>> DOCS = new ConcurrentHashMap<>();

        @Override
        public Optional<String> documentation(String ruleId) {
            return DOCS.computeIfAbsent(ruleId, id -> classOf(id).flatMap(BuiltinRules::documentationOf));
        }

        @Override
        public String helpUri(RuleMeta rule) {
            return ToolInfo.DOCS_BASE + rule.id() + ".md";
        }
    }
}
