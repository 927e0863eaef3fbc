package no.samspill.access;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.UUID;
import no.samspill.identifiers.NationalIdNumber;
import org.junit.jupiter.api.Test;

/**
 * Every type that carries a person's data declares its information category with {@link PersonData}: a type with a
 * person id or a national ID number field that does not, fails the build. Repositories' private row types, the audit
 * log (which records accesses, not the data) and the adapters (which only pass module types through) are exempt.
 */
class PersonDataCategoryTest {

    @Test
    void everyTypeHoldingPersonDataDeclaresItsCategory() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("no.samspill");
        ArchRule rule = classes().that(holdPersonData())
                .and().resideOutsideOfPackages("no.samspill.audit..", "no.samspill.api..", "no.samspill.web..",
                        "no.samspill.demo..")
                .and().arePublic()
                .should().beAnnotatedWith(PersonData.class)
                .because("every piece of person data has a category (ADMIN, WORK_FUNCTION or HEALTH) the access "
                        + "decision relies on");
        rule.check(classes);
    }

    private static DescribedPredicate<JavaClass> holdPersonData() {
        return new DescribedPredicate<>("hold a person id or a national ID number") {
            @Override
            public boolean test(JavaClass type) {
                for (JavaField field : type.getFields()) {
                    String typeName = field.getRawType().getName();
                    if (typeName.equals("no.samspill.person.PersonId") || typeName.equals(NationalIdNumber.class.getName())
                            || (field.getName().equals("personId") && typeName.equals(UUID.class.getName()))) {
                        return true;
                    }
                }
                return false;
            }
        };
    }
}
