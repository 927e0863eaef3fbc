/**
 * Who is logged in: accounts, log-in (form for the UI, HTTP Basic for the API in demo mode), roles and the organisation a user acts in.
 */
package no.samspill.security;
