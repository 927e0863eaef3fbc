/**
 * The append-only, hash-chained access log: every read and write of person data, allowed or denied; the patient's
 * "who has looked at my information", the security officer's search, and chain verification.
 */
package no.samspill.audit;
