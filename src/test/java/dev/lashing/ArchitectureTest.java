package dev.lashing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Package rules from ARCHITECTURE.md: no cycles, rules never do IO, reporters know no rule internals. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.lashing");

    @Test
    void packagesAreAcyclic() {
        // core and core.fix form one unit: Finding carries a Fix, and a Fix is made of core ranges.
        slices().matching("dev.lashing.(**)").should().beFreeOfCycles()
                .ignoreDependency(JavaClass.Predicates.resideInAPackage("dev.lashing.core"),
                        JavaClass.Predicates.resideInAPackage("dev.lashing.core.fix"))
                .check(CLASSES);
    }

    @Test
    void rulesDoNoIo() {
        noClasses().that().resideInAnyPackage("..rules..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..")
                .because("rules judge facts and never do IO")
                .allowEmptyShould(true)
                .check(CLASSES.that(com.tngtech.archunit.base.DescribedPredicate.not(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName("RuleMetas"))));
    }

    @Test
    void reportersKnowOnlyMetadata() {
        noClasses().that().resideInAPackage("dev.lashing.report..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.lashing.registry..", "dev.lashing.rules..",
                        "..dockerfile..", "dev.lashing.engine..")
                .check(CLASSES);
    }

    @Test
    void coreDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("dev.lashing.core..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.lashing.rules..", "dev.lashing.dockerfile..",
                        "dev.lashing.engine..", "dev.lashing.registry..", "dev.lashing.report..", "dev.lashing.cli..")
                .check(CLASSES);
    }
}
