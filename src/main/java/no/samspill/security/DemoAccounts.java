package no.samspill.security;

import java.util.List;
import java.util.Optional;

/**
 * Local demo accounts, one or more per role, for trying Samspill on a laptop. Demo only: they exist only while demo
 * mode is on, and their password ({@value #PASSWORD}) is published in the README. Stored as BCrypt hashes in memory.
 * Every national ID number here is synthetic (month + 80).
 */
public final class DemoAccounts {

    public static final String PASSWORD = "demo";

    public static final String CLINIC_NORD = "974000008";
    public static final String CLINIC_NORD_NAME = "Helse og arbeid, Nordklinikken (demo)";
    public static final String CLINIC_MIDT = "974000016";
    public static final String CLINIC_MIDT_NAME = "Helse og arbeid, Midtklinikken (demo)";
    public static final String NAV_OFFICE = "974000024";
    public static final String NAV_OFFICE_NAME = "NAV Nordbyen (demo)";
    public static final String GP_OFFICE = "994000152";
    public static final String GP_OFFICE_NAME = "Sentrum legekontor (demo)";
    public static final String GP_HPR = "565500001";
    public static final String LEADER_EMPLOYER = "994000020";
    public static final String LEADER_EMPLOYER_NAME = "Fjordbakst AS";
    /** The demo patient's synthetic national ID number (born 12.05.1988). */
    public static final String PATIENT_NATIONAL_ID = "12858810262";

    public static final String FJORDBYEN_SYKEHJEM = "994000144";
    public static final String FJORDBYEN_SYKEHJEM_NAME = "Fjordbyen Sykehjem (demo)";

    public static final List<CurrentUser> USERS = List.of(
            new CurrentUser("kari.koordinator", "Kari Koordinator", Role.COORDINATOR, CLINIC_NORD, CLINIC_NORD_NAME),
            new CurrentUser("ola.koordinator", "Ola Koordinator", Role.COORDINATOR, CLINIC_NORD, CLINIC_NORD_NAME),
            new CurrentUser("lise.kliniker", "Lise Kliniker", Role.CLINICIAN, CLINIC_NORD, CLINIC_NORD_NAME, "565500002", null),
            new CurrentUser("per.koordinator", "Per Koordinator", Role.COORDINATOR, CLINIC_MIDT, CLINIC_MIDT_NAME),
            new CurrentUser("gunnar.fastlege", "Gunnar Fastlege", Role.GP, GP_OFFICE, GP_OFFICE_NAME, GP_HPR, null),
            new CurrentUser("nils.nav", "Nils NAV-veileder", Role.NAV_COUNSELLOR, NAV_OFFICE, NAV_OFFICE_NAME),
            new CurrentUser("lars.leder", "Lars Leder", Role.NEAREST_LEADER, LEADER_EMPLOYER, LEADER_EMPLOYER_NAME),
            new CurrentUser("pia.pasient", "Pia Pasient", Role.PATIENT, null, null, null, PATIENT_NATIONAL_ID),
            new CurrentUser("anna.analytiker", "Anna Analytiker", Role.ANALYST, CLINIC_NORD, CLINIC_NORD_NAME),
            new CurrentUser("sverre.sikkerhet", "Sverre Sikkerhet", Role.SECURITY_OFFICER, CLINIC_NORD, CLINIC_NORD_NAME),
            new CurrentUser("nina.nav", "Nina Nav", Role.PROGRAMME_OWNER, NAV_OFFICE, NAV_OFFICE_NAME),
            new CurrentUser("wenche.kontakt", "Wenche Kontakt", Role.WORKPLACE_CONTACT, FJORDBYEN_SYKEHJEM,
                    FJORDBYEN_SYKEHJEM_NAME));

    private DemoAccounts() {
    }

    public static List<CurrentUser> coordinatorsOf(String clinic) {
        return USERS.stream().filter(u -> clinic.equals(u.organisationNumber()) && u.role() == Role.COORDINATOR).toList();
    }

    /** The clinic team of one clinic: coordinators and clinicians. */
    public static List<CurrentUser> teamOf(String clinic) {
        return USERS.stream().filter(u -> clinic.equals(u.organisationNumber()) && u.role().clinicTeam()).toList();
    }

    public static Optional<CurrentUser> byUsername(String username) {
        return USERS.stream().filter(u -> u.username().equals(username)).findFirst();
    }

    public static Optional<String> organisationName(String organisationNumber) {
        return USERS.stream().filter(u -> organisationNumber != null && organisationNumber.equals(u.organisationNumber()))
                .map(CurrentUser::organisationName).findFirst();
    }
}
