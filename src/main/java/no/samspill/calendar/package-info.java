/** Norwegian public holidays and working-day arithmetic for legal deadlines. */
package no.samspill.calendar;
