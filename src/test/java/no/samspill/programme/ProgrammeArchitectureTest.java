package no.samspill.programme;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Rule 5 of issue 8: the workplace programme holds no personal health data and reaches no patient module. */
class ProgrammeArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.samspill");

    @Test
    void theProgrammeDependsOnNoPatientModule() {
        noClasses().that().resideInAPackage("no.samspill.programme..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "no.samspill.person..", "no.samspill.referral..", "no.samspill.sickleave..",
                        "no.samspill.pathway..", "no.samspill.questionnaire..", "no.samspill.history..",
                        "no.samspill.assessment..", "no.samspill.meeting..", "no.samspill.plan..",
                        "no.samspill.consent..", "no.samspill.access..", "no.samspill.audit..")
                .because("the workplace programme must not touch patient data or pathways")
                .check(CLASSES);
    }

    @Test
    void noPatientModuleDependsOnTheProgramme() {
        noClasses().that().resideInAnyPackage("no.samspill.person..", "no.samspill.referral..",
                        "no.samspill.sickleave..", "no.samspill.pathway..", "no.samspill.questionnaire..",
                        "no.samspill.history..")
                .should().dependOnClassesThat().resideInAPackage("no.samspill.programme..")
                .check(CLASSES);
    }
}
