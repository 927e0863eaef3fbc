/** Norwegian identifiers (national ID number, D-number, organisation number, HPR number) as self-validating value objects. */
package no.samspill.identifiers;
