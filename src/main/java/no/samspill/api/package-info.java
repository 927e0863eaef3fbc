/**
 * The JSON API under /api/v1: an adapter that translates HTTP to the modules' use cases, with RFC 9457 problems for errors.
 */
package no.samspill.api;
