package org.neascn.framework.workflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The workflow rules run inside the caller's transaction and never reach for infrastructure. */
class WorkflowBoundariesTest {

    private static final JavaClasses WORKFLOW = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.neascn.framework.workflow");

    @Test
    void workflowRulesCallNoInfrastructure() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.sql..", "jakarta.persistence..",
                "jakarta.ws.rs..", "jakarta.transaction..", "java.net.http..")
                .check(WORKFLOW);
    }

    @Test
    void workflowRulesReadTimeOnlyFromTheGivenClock() {
        noClasses().should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .check(WORKFLOW);
    }
}
