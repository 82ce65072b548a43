package de.kreativland.transfer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package rules of the README's architecture section, checked on the compiled API (ArchUnit). */
class ArchitectureTest {
    private static final String[] FEATURES = {"..partner..", "..coach..", "..selection..", "..concept..", "..tandem..",
        "..learning..", "..metrics..", "..privacy..", "..mail..", "..portrait..", "..events.."};

    private static final JavaClasses API = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.kreativland.transfer");

    @Test
    void featurePackagesDependOnEachOtherWithoutCycles() {
        slices().matching("de.kreativland.transfer.(*)..").should().beFreeOfCycles().check(API);
    }

    @Test
    void sharedPackagesDependOnNoFeature() {
        noClasses().that().resideInAnyPackage("..transfer.common..", "..transfer.sync..", "..transfer.account..",
                "..transfer.audit..").should().dependOnClassesThat().resideInAnyPackage(FEATURES).check(API);
    }
}
