/**
 * Collaboration and dialogue meetings on a pathway: scheduling, invitations (ICS), replies, status, minutes with tasks
 * per party and their corrections. Categories: ADMIN (time, place, participants), WORK_FUNCTION (minutes), HEALTH
 * (the clinical note of the minutes, never shown outside the clinic, the patient and consented NAV).
 */
package no.samspill.meeting;
