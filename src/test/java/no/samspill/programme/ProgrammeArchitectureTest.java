package no.samspill.programme;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.stream.Collectors;
import no.samspill.SamspillApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Rule 5 of issue 8: the workplace programme holds no personal health data and reaches no patient module. The rule is
 * an allow-list: whatever the programme may use is named, so a new dependency on any other module fails here.
 */
class ProgrammeArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.samspill");

    /** The only Samspill modules the programme may use: none holds or reads patient data. */
    static final Set<String> ALLOWED_MODULES = Set.of("shared", "identifiers", "instrument", "security", "platform");

    @Test
    void theProgrammeUsesOnlyItsAllowedModulesAndTheJavaAndSpringLibraries() {
        String[] allowed = ALLOWED_MODULES.stream().map(m -> "no.samspill." + m + "..").toArray(String[]::new);
        classes().that().resideInAPackage("no.samspill.programme..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(concat(allowed,
                        "no.samspill.programme..", "java..", "javax..", "org.springframework..", "org.slf4j.."))
                .because("the workplace programme must not touch patient data or pathways")
                .check(CLASSES);
    }

    @Test
    void theModulithAllowListIsTheSameAndNamesNoPatientModule() {
        ApplicationModules modules = ApplicationModules.of(SamspillApplication.class);
        ApplicationModule programme = modules.getModuleByName("programme").orElseThrow();
        programme.verifyDependencies(modules);
        Set<String> used = programme.getDirectDependencies(modules).uniqueModules()
                .map(ApplicationModule::getName).collect(Collectors.toSet());
        assertThat(ALLOWED_MODULES).containsAll(used)
                .doesNotContain("person", "referral", "sickleave", "pathway", "questionnaire", "history", "assessment",
                        "meeting", "plan", "access", "audit", "indicator", "trial", "research", "fhir");
    }

    @Test
    void noPatientModuleDependsOnTheProgramme() {
        noClasses().that().resideInAnyPackage("no.samspill.person..", "no.samspill.referral..",
                        "no.samspill.sickleave..", "no.samspill.pathway..", "no.samspill.questionnaire..",
                        "no.samspill.history..")
                .should().dependOnClassesThat().resideInAPackage("no.samspill.programme..")
                .check(CLASSES);
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
