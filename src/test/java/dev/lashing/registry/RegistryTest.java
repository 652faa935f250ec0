package dev.lashing.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.lashing.core.Practices;
import dev.lashing.core.RuleMeta;
import dev.lashing.rules.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The registry's invariants: ids and names unique and well-formed, practices real, docs and tests present. */
class RegistryTest {
    private static final Pattern ID = Pattern.compile("(DF|SH|IM|RT|HO|VU|SC|LA)\\d{3}");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private final List<RuleMeta> rules = BuiltinRules.catalog().rules();

    @Test
    void idsAndNamesAreUniqueAndWellFormed() {
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (RuleMeta r : rules) {
            assertThat(r.id()).matches(ID);
            assertThat(r.name()).matches(NAME);
            assertThat(ids.add(r.id())).as("duplicate id " + r.id()).isTrue();
            assertThat(names.add(r.name())).as("duplicate name " + r.name()).isTrue();
            assertThat(r.summary()).isNotBlank().doesNotEndWith(".");
            assertThat(r.aliases()).doesNotHaveDuplicates();
        }
        assertThat(ids).doesNotContainAnyElementsOf(names);
    }

    @Test
    void registryIsSortedById() {
        List<String> declared = BuiltinRules.CLASSES.stream().map(c -> c.getAnnotation(Rule.class).id()).toList();
        assertThat(declared).isSorted();
    }

    @Test
    void everyRuleClassIsRegistered() {
        Set<String> annotated = new HashSet<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.lashing")) {
            if (c.isAnnotatedWith(Rule.class)) {
                annotated.add(c.getName());
            }
        }
        assertThat(BuiltinRules.CLASSES.stream().map(Class::getName)).containsExactlyInAnyOrderElementsOf(annotated);
    }

    @Test
    void everyPracticeExists() {
        for (RuleMeta r : rules) {
            if (!r.prefix().equals("LA")) {
                assertThat(r.practices()).as(r.id() + " names no practice").isNotEmpty();
            }
            for (String p : r.practices()) {
                assertThat(Practices.title(p)).as(r.id() + " names unknown practice " + p).isPresent();
            }
        }
    }

    @Test
    void practicesMatchTheSharedCatalogue() throws IOException {
        Path shared = Path.of("../shared/PRACTICES.md");
        if (!Files.exists(shared) && !"true".equals(System.getenv("CI"))) {
            return;
        }
        Map<String, String> expected = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^\\| (P\\d\\d) \\| (.*?) \\| .*\\|\\s*$").matcher(Files.readString(shared));
        while (m.find()) {
            expected.put(m.group(1), m.group(2).replace("\\|", "|"));
        }
        assertThat(Practices.all()).containsExactlyEntriesOf(expected);
    }

    @Test
    void everyRuleHasDocumentationWithTheStandardSections() {
        for (RuleMeta r : rules) {
            String doc = BuiltinRules.catalog().documentation(r.id()).orElse("");
            assertThat(doc).as(r.id() + " documentation").contains("## What it does", "## Why is this bad?",
                    "## Example", "## Fix safety");
            if (r.fix() != dev.lashing.core.FixAvailability.NONE) {
                assertThat(doc).as(r.id() + " has a fix, so its docs say how safe it is")
                        .containsAnyOf("**safe**", "**unsafe**");
            }
        }
    }

    @Test
    void everyRuleHasATest() {
        List<String> missing = new ArrayList<>();
        for (Class<?> c : BuiltinRules.CLASSES) {
            try {
                Class.forName(c.getName() + "Test");
            } catch (ClassNotFoundException e) {
                missing.add(c.getName() + "Test");
            }
        }
        assertThat(missing).isEmpty();
    }
}
