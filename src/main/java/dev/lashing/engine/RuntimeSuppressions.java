package dev.lashing.engine;

import dev.lashing.core.Finding;
import dev.lashing.core.Location;
import dev.lashing.core.SourceFile;
import dev.lashing.core.suppress.SuppressionDirective;
import dev.lashing.core.suppress.Suppressions;
import dev.lashing.registry.RegisteredRule;
import dev.lashing.rules.SuppressionRule;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Loaded;
import dev.lashing.runtime.rules.RuntimeRule;
import dev.lashing.runtime.suppress.Directives;
import dev.lashing.runtime.suppress.FileDirectives;
import dev.lashing.runtime.suppress.RuntimeDirective;
import dev.lashing.runtime.suppress.Syntax;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies the inline suppressions of a run-time input's files to what the rules reported, and reports on
 * the suppressions themselves (unused and unknown codes, malformed comments) with the suppression rules
 * the Dockerfile path uses. A directive covers a finding that starts in its range; one that
 * {@link RuntimeDirective#coversContainers covers containers} also covers every finding of a container
 * declared in its range, wherever that finding is located.
 */
final class RuntimeSuppressions {

    /** A finding as reported for one container, before findings are merged. */
    interface Item {
        /** The rule's id. */
        String ruleId();

        /** Where the finding is. */
        Location location();

        /** The declaration of the container it was reported for. */
        Location declaredAt();
    }

    /**
     * The outcome.
     *
     * @param suppressed the items some directive covers (by identity)
     * @param meta findings on the directives themselves, unmasked
     */
    record Applied<T>(Set<T> suppressed, List<Finding> meta) {}

    private final LintOptions options;

    RuntimeSuppressions(LintOptions options) {
        this.options = options;
    }

    /** Matches {@code items} against the directives of every file {@code loaded} read or a finding points into. */
    <T extends Item> Applied<T> apply(Loaded loaded, List<T> items) {
        Set<T> suppressed = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Finding> meta = new ArrayList<>();
        for (FileDirectives fd : directives(loaded, items)) {
            String path = fd.file().path();
            Map<Suppressions.Scoped, RuntimeDirective> byScope = new IdentityHashMap<>();
            List<Suppressions.Scoped> scoped = new ArrayList<>();
            for (RuntimeDirective d : fd.directives()) {
                scoped.add(d.scoped());
                byScope.put(d.scoped(), d);
            }
            Suppressions.Matched<T> m = Suppressions.match(scoped, items, Item::ruleId,
                    (s, item) -> byScope.get(s).covers(item.location(), item.declaredAt(), path),
                    options.codeResolver(), id -> ranOn(path, id));
            suppressed.addAll(m.suppressed());
            meta.addAll(meta(fd, m.unused(), m.unknown()));
        }
        return new Applied<>(suppressed, meta);
    }

    /** The directives of each file, read in its syntax; files without any are left out. */
    private List<FileDirectives> directives(Loaded loaded, List<? extends Item> items) {
        Map<String, Syntax> declaring = new LinkedHashMap<>();
        for (ContainerSpec spec : loaded.containers()) {
            declaring.putIfAbsent(spec.declaredAt().file().path(), Syntax.declaring(spec.kind()));
        }
        Map<String, SourceFile> files = new LinkedHashMap<>();
        loaded.sources().forEach(f -> files.putIfAbsent(f.path(), f));
        items.forEach(i -> files.putIfAbsent(i.location().file().path(), i.location().file()));
        List<FileDirectives> out = new ArrayList<>();
        for (SourceFile f : files.values()) {
            FileDirectives fd = Directives.scan(f, declaring.getOrDefault(f.path(), Directives.byName(f.path())));
            if (!fd.directives().isEmpty() || !fd.malformed().isEmpty()) {
                out.add(fd);
            }
        }
        return out;
    }


    private boolean ranOn(String path, String ruleId) {
        for (RegisteredRule r : options.enabled()) {
            if (r.meta().id().equals(ruleId)) {
                return r.implementation() instanceof RuntimeRule && !options.ignoredForPath().test(path, ruleId);
            }
        }
        return false;
    }

    /** What the suppression rules say about one file's directives; a file-wide directive can silence them. */
    private List<Finding> meta(FileDirectives fd, List<Suppressions.UnusedCode> unused,
            List<Suppressions.UnknownCode> unknown) {
        List<SuppressionRule.MalformedDirective> malformed = fd.malformed().stream()
                .map(m -> new SuppressionRule.MalformedDirective(m.message(), m.range())).toList();
        SuppressionRule.SuppressionFacts facts = new SuppressionRule.SuppressionFacts(unused, unknown, malformed,
                fd.file());
        List<Finding> out = new ArrayList<>();
        for (RegisteredRule rule : options.enabled()) {
            if (rule.implementation() instanceof SuppressionRule sr
                    && !options.ignoredForPath().test(fd.file().path(), rule.meta().id())) {
                List<Finding> found = new ArrayList<>();
                sr.check(facts, FileSink.of(rule.meta(), fd.file(), found, options.severity()));
                found.stream().filter(f -> !fileWideIgnores(fd, f.rule().id())).forEach(out::add);
            }
        }
        return out;
    }

    private boolean fileWideIgnores(FileDirectives fd, String ruleId) {
        for (RuntimeDirective d : fd.directives()) {
            SuppressionDirective directive = d.scoped().directive();
            if (directive.fileWide() && directive.codes().stream()
                    .anyMatch(c -> options.codeResolver().apply(c.text()).contains(ruleId))) {
                return true;
            }
        }
        return false;
    }
}
