package dev.lashing.engine;

import dev.lashing.core.Location;
import dev.lashing.core.SourceFile;
import dev.lashing.core.suppress.SuppressionDirective;
import dev.lashing.runtime.harden.Waivers;
import dev.lashing.runtime.model.SourceKind;
import dev.lashing.runtime.suppress.Directives;
import dev.lashing.runtime.suppress.FileDirectives;
import dev.lashing.runtime.suppress.RuntimeDirective;
import dev.lashing.runtime.suppress.Syntax;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The inline suppressions of run-time inputs as {@link Waivers} for {@code lashing harden}: a directive waives a
 * rule for a setting located in its range, and one that covers containers (a comment above a service, a
 * workload annotation) for every setting of a container declared in its range, as {@link RuntimeSuppressions}
 * matches findings. Each file's directives are read once.
 */
public final class HardeningWaivers implements Waivers {
    private final Function<String, Set<String>> codeResolver;
    private final SourceKind kind;
    private final Map<SourceFile, FileDirectives> cache = new IdentityHashMap<>();

    /**
     * Waivers for the inputs of one kind.
     *
     * @param codeResolver the rule ids a suppression code names
     * @param kind the input kind, which decides how its files' comments are read
     */
    public HardeningWaivers(Function<String, Set<String>> codeResolver, SourceKind kind) {
        this.codeResolver = codeResolver;
        this.kind = kind;
    }

    @Override
    public boolean waived(String ruleId, Location at, Location declaredAt) {
        return waivedIn(at.file(), ruleId, at, declaredAt)
                || declaredAt.file() != at.file() && waivedIn(declaredAt.file(), ruleId, at, declaredAt);
    }

    private boolean waivedIn(SourceFile file, String ruleId, Location at, Location declaredAt) {
        FileDirectives fd = cache.computeIfAbsent(file, f -> Directives.scan(f,
                f.path().equals(declaredAt.file().path()) ? Syntax.declaring(kind) : Directives.byName(f.path())));
        for (RuntimeDirective d : fd.directives()) {
            if (!d.covers(at, declaredAt, file.path())) {
                continue;
            }
            for (SuppressionDirective.Code code : d.scoped().directive().codes()) {
                if (codeResolver.apply(code.text()).contains(ruleId)) {
                    return true;
                }
            }
        }
        return false;
    }
}
