/**
 * Patient-controlled sharing: parties and their relationship to a person, consents, and the one access decision every
 * read of person data passes ({@link no.samspill.access.PersonDataAccess}).
 */
package no.samspill.access;
