/**
 * Technical foundation: the database (embedded PostgreSQL or a real server), the clock and demo mode.
 */
package no.samspill.platform;
