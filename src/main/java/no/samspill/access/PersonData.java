package no.samspill.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a type carries person data, and of which category. Every type that holds a person's data must carry
 * it: {@code PersonDataCategoryTest} fails the build for any type with a person id that does not.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PersonData {

    InformationCategory value();
}
