/**
 * The workplace programme (bedriftstiltaket): workplaces, cohorts, runs, content, IA-process measures, anonymous evaluation and cluster randomisation; nothing about patients.
 * Its allowed dependencies are listed here (an allow-list, checked by {@code ModularityTests}): no patient module.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "identifiers", "instrument", "security", "platform"})
package no.samspill.programme;
