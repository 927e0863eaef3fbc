/**
 * The server-rendered UI (Thymeleaf + htmx, Aksel CSS): an adapter that calls the modules' use cases and queries.
 */
package no.samspill.web;
