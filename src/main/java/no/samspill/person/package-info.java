/**
 * The patient (identified by national ID number), their contact details and employment (employer, nearest leader).
 * Category of its data: ADMIN. The one place other modules read personal details from.
 */
package no.samspill.person;
