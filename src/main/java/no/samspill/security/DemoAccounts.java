package no.samspill.security;

import java.util.List;

/**
 * Local demo accounts, for trying Samspill on a laptop. Demo only: they exist only while demo mode is on, and their
 * password ({@value #PASSWORD}) is published in the README. Passwords are stored as BCrypt hashes in memory.
 */
public final class DemoAccounts {

    public static final String PASSWORD = "demo";

    public static final String CLINIC_NORD = "974000008";
    public static final String CLINIC_NORD_NAME = "Helse og arbeid, Nordklinikken (demo)";
    public static final String CLINIC_MIDT = "974000016";
    public static final String CLINIC_MIDT_NAME = "Helse og arbeid, Midtklinikken (demo)";

    public static final String NAV_TROMSO = "974000024";
    public static final String NAV_TROMSO_NAME = "NAV Tromsø (demo)";
    public static final String FJORDBYEN_SYKEHJEM = "994000144";
    public static final String FJORDBYEN_SYKEHJEM_NAME = "Fjordbyen Sykehjem (demo)";

    public static final List<CurrentUser> USERS = List.of(
            new CurrentUser("kari.koordinator", "Kari Koordinator", Role.COORDINATOR, CLINIC_NORD, CLINIC_NORD_NAME),
            new CurrentUser("ola.koordinator", "Ola Koordinator", Role.COORDINATOR, CLINIC_NORD, CLINIC_NORD_NAME),
            new CurrentUser("lise.kliniker", "Lise Kliniker", Role.CLINICIAN, CLINIC_NORD, CLINIC_NORD_NAME),
            new CurrentUser("per.koordinator", "Per Koordinator", Role.COORDINATOR, CLINIC_MIDT, CLINIC_MIDT_NAME),
            new CurrentUser("nina.nav", "Nina Nav", Role.PROGRAMME_OWNER, NAV_TROMSO, NAV_TROMSO_NAME),
            new CurrentUser("wenche.kontakt", "Wenche Kontakt", Role.WORKPLACE_CONTACT, FJORDBYEN_SYKEHJEM,
                    FJORDBYEN_SYKEHJEM_NAME));

    private DemoAccounts() {
    }

    public static List<CurrentUser> coordinatorsOf(String clinic) {
        return USERS.stream().filter(u -> u.organisationNumber().equals(clinic) && u.role() == Role.COORDINATOR).toList();
    }
}
