/**
 * Technical foundation: the database (embedded PostgreSQL or a real server), the clock, demo mode, background worker
 * threads and the SQL-array columns of multi-row statements.
 */
package no.samspill.platform;
