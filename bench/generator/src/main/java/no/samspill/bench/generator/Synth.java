package no.samspill.bench.generator;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Generates one synthetic pathway (person, employment, referral, sick-leave periods, milestones met, pathway,
 * tasks, worklist items) from (seed, index) alone, so a run is reproducible and needs no memory per pathway.
 */
final class Synth {

    record Out(CopyStream person, CopyStream employment, CopyStream referral, CopyStream sickLeave,
               CopyStream milestoneMet, CopyStream pathway, CopyStream task, CopyStream worklist,
               CopyStream relationship) {
    }

    private static final int T_PERSON = 1, T_EMPLOYMENT = 2, T_REFERRAL = 3, T_PERIOD = 4, T_PATHWAY = 5,
            T_TASK = 6, T_RELATIONSHIP = 7;
    /** The demo heavy user's clinic (DemoAccounts.CLINIC_NORD): the access decision lets her read only its pathways. */
    static final String HEAVY_USER_CLINIC = "974000008";

    static final String[] STATES = {"REFERRED", "TRIAGED", "IN_ASSESSMENT", "IN_FOLLOW_UP", "CLOSED"};
    /** Cumulative percentages: REFERRED 10, TRIAGED 10, IN_ASSESSMENT 20, IN_FOLLOW_UP 35, CLOSED 25. */
    private static final int[] STATE_CUM = {10, 20, 40, 75, 100};
    static final double OPEN_SHARE = 0.75;

    private static final String[] OUTCOMES = {"BACK_AT_WORK_FULL", "BACK_AT_WORK_PARTIAL", "NEW_JOB", "EDUCATION",
            "WORK_ASSESSMENT_ALLOWANCE", "OTHER"};
    private static final int[] OUTCOME_CUM = {40, 60, 68, 73, 90, 100};

    /** Statutory milestones of a sick-leave case: name, weeks after the first sick day, title. */
    private static final String[] MILESTONES = {"FOLLOW_UP_PLAN", "DIALOGUE_MEETING_1", "ACTIVITY_REQUIREMENT",
            "DIALOGUE_MEETING_2"};
    private static final int[] MILESTONE_WEEKS = {4, 7, 8, 26};
    private static final String[] MILESTONE_TITLES = {"Oppfølgingsplan (uke 4)", "Dialogmøte 1 (uke 7)",
            "Aktivitetskrav (uke 8)", "Dialogmøte 2 (uke 26)"};

    private static final String[] GIVEN_F = {"Kari", "Ingrid", "Anne", "Marit", "Nora", "Emma", "Sofie", "Hanne",
            "Silje", "Ida", "Maria", "Liv", "Astrid", "Solveig", "Kristin", "Hilde", "Camilla", "Tone", "Ragnhild",
            "Sigrid", "Åse", "Bjørg", "Eli", "Guro", "Mette", "Randi", "Thea", "Vilde", "Frida", "Ingeborg"};
    private static final String[] GIVEN_M = {"Ola", "Per", "Jan", "Lars", "Knut", "Bjørn", "Arne", "Erik",
            "Hans", "Ole", "Nils", "Magnus", "Jonas", "Henrik", "Anders", "Tor", "Geir", "Stian", "Even", "Sindre",
            "Øyvind", "Håkon", "Espen", "Trond", "Rune", "Kjetil", "Eirik", "Sander", "Mathias", "Aksel"};
    private static final String[] FAMILY = {"Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen",
            "Nilsen", "Kristiansen", "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen",
            "Hagen", "Johannessen", "Andreassen", "Jacobsen", "Dahl", "Jørgensen", "Halvorsen", "Henriksen",
            "Lund", "Sørensen", "Jakobsen", "Moen", "Gundersen", "Iversen", "Strand", "Solberg", "Svendsen",
            "Eide", "Knutsen", "Martinsen", "Paulsen", "Bakken", "Kristoffersen", "Mathisen", "Lie", "Amundsen",
            "Nguyen", "Rasmussen", "Ali", "Lunde", "Solheim", "Berge", "Moe", "Nygård", "Bakke", "Kristensen",
            "Fredriksen", "Holm", "Lien", "Hauge", "Christensen", "Andresen", "Nielsen", "Knudsen", "Evensen"};
    private static final String[] OCCUPATIONS = {"Helsefagarbeider", "Sykepleier", "Butikkmedarbeider",
            "Lagermedarbeider", "Lærer", "Barnehageassistent", "Renholder", "Sjåfør", "Elektriker", "Tømrer",
            "Konsulent", "Saksbehandler", "Kokk", "Servitør", "Ingeniør", "Rørlegger", "Frisør", "Kontormedarbeider"};
    private static final String[] EMPLOYER_KIND = {"AS", "kommune", "Helseforetak", "Butikk AS", "Bygg AS",
            "Transport AS", "Renhold AS", "Skole"};
    private static final String[] ICPC2 = {"L03", "L02", "L84", "L86", "L18", "L92", "P74", "P76", "P02", "P29",
            "A04", "L01"};
    private static final String[] ICD10 = {"M54.5", "M54.2", "M75.1", "M79.1", "F32.1", "F43.2", "F41.1",
            "F33.0"};
    private static final String[] TASK_TITLES = {"Ring pasienten", "Innhent epikrise fra fastlege",
            "Avtal kartleggingssamtale", "Send spørreskjema", "Kontakt arbeidsgiver", "Følg opp tilretteleggingsplan",
            "Oppsummering til fastlege", "Avklar med NAV-veileder", "Evaluer graderingen", "Planlegg dialogmøte"};

    private final long seed;
    private final int today;
    private final String heavyUser;
    private final double heavyShare;
    private final int coordinators;
    private final String[] coordinatorNames;
    private final String[] clinics = OrgNumbers.first(40, 91_000_000);
    private final String[] employers = OrgNumbers.first(20_000, 92_000_000);
    private final int firstCachedDay;
    private final String[] dayCache;

    Synth(long seed, LocalDate today, long n, String heavyUser, int heavyOpen, int coordinators) {
        this.seed = seed;
        this.today = (int) today.toEpochDay();
        this.heavyUser = heavyUser;
        double expectedOpen = n * OPEN_SHARE;
        this.heavyShare = Math.min(1.0, heavyOpen / Math.max(1.0, expectedOpen));
        this.coordinators = coordinators;
        this.coordinatorNames = new String[coordinators];
        for (int k = 0; k < coordinators; k++) {
            coordinatorNames[k] = String.format("koord-%05d", k + 1);
        }
        this.firstCachedDay = this.today - 1500;
        this.dayCache = new String[1500 + 400];
        for (int k = 0; k < dayCache.length; k++) {
            dayCache[k] = LocalDate.ofEpochDay(firstCachedDay + k).toString();
        }
    }

    private String day(int epochDay) {
        int k = epochDay - firstCachedDay;
        return k >= 0 && k < dayCache.length ? dayCache[k] : LocalDate.ofEpochDay(epochDay).toString();
    }

    /** A timestamptz literal on the given day (UTC, working hours). */
    private String at(int epochDay, SplittableRandom r) {
        int minute = 7 * 60 + r.nextInt(9 * 60);
        return day(epochDay) + ' ' + two(minute / 60) + ':' + two(minute % 60) + ":00+00";
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }

    private static int pick(int[] cumulative, SplittableRandom r) {
        int x = r.nextInt(cumulative[cumulative.length - 1]);
        for (int k = 0; k < cumulative.length; k++) {
            if (x < cumulative[k]) {
                return k;
            }
        }
        throw new IllegalStateException();
    }

    private static <T> T any(T[] values, SplittableRandom r) {
        return values[r.nextInt(values.length)];
    }

    void pathway(long i, Out out) throws java.sql.SQLException {
        SplittableRandom r = Generator.random(seed, i);
        UUID personId = Generator.uuid(seed, T_PERSON, i, 0);
        UUID employmentId = Generator.uuid(seed, T_EMPLOYMENT, i, 0);
        UUID referralId = Generator.uuid(seed, T_REFERRAL, i, 0);
        UUID pathwayId = Generator.uuid(seed, T_PATHWAY, i, 0);

        int state = pick(STATE_CUM, r);
        boolean open = state != 4;
        int receivedAgo = switch (state) {
            case 0 -> r.nextInt(14);
            case 1 -> 3 + r.nextInt(28);
            case 2 -> 10 + r.nextInt(51);
            case 3 -> 21 + r.nextInt(160);
            default -> 40 + r.nextInt(691);
        };
        int received = today - receivedAgo;
        int caseStart = received - (14 + r.nextInt(137));
        String coordinator = r.nextDouble() < heavyShare ? heavyUser : coordinatorNames[r.nextInt(coordinators)];
        String clinic = coordinator.equals(heavyUser) ? HEAVY_USER_CLINIC : any(clinics, r);

        // person
        String nationalId = NationalIds.synthetic(i);
        String given = NationalIds.male(nationalId) ? any(GIVEN_M, r) : any(GIVEN_F, r);
        String family = any(FAMILY, r);
        String registeredAt = at(received, r);
        out.person.col(personId).col(nationalId).col(given).col(family)
                .col("+47 9" + (1000000 + r.nextInt(9000000)))
                .col(r.nextInt(10) < 7 ? ascii(given) + "." + ascii(family) + i + "@eksempel.test" : null)
                .col(registeredAt).col(0).end();

        // the relationships the access decision rests on: the clinic (referral), the person themself, the employer
        out.relationship.col(Generator.uuid(seed, T_RELATIONSHIP, i, 0)).col(personId).col("CLINIC").col(clinic)
                .col(null).col("Henvisning mottatt").col(day(received)).col(null).col("generator").col(registeredAt).end();
        out.relationship.col(Generator.uuid(seed, T_RELATIONSHIP, i, 1)).col(personId).col("PATIENT").col(null)
                .col(nationalId).col("Egne opplysninger").col(day(received)).col(null).col("generator").col(registeredAt)
                .end();

        // employment
        String employer = any(employers, r);
        out.relationship.col(Generator.uuid(seed, T_RELATIONSHIP, i, 2)).col(personId).col("EMPLOYER").col(employer)
                .col(null).col("Arbeidsforhold").col(day(received)).col(null).col("generator").col(registeredAt).end();
        out.employment.col(employmentId).col(personId).col(employer)
                .col(any(FAMILY, r) + " " + any(EMPLOYER_KIND, r)).col(any(OCCUPATIONS, r))
                .col(any(GIVEN_F, r) + " " + any(FAMILY, r)).col("+47 4" + (1000000 + r.nextInt(9000000)))
                .col(null).col(registeredAt).end();

        // referral
        boolean full = r.nextInt(100) < 60;
        int grade = full ? 100 : 20 + 10 * r.nextInt(7);
        int complaint = r.nextInt(100);
        boolean icpc = r.nextInt(100) < 80;
        boolean gp = r.nextInt(100) < 85;
        boolean decided = state != 0;
        String referralStatus = decided ? "RIGHT_TO_CARE" : (r.nextInt(100) < 80 ? "RECEIVED" : "MORE_INFORMATION_NEEDED");
        int decidedOn = Math.min(today, received + 1 + r.nextInt(10));
        out.referral.col(referralId).col(personId).col(employmentId).col(clinic)
                .col(gp ? "GP" : "OTHER_HEALTH_SERVICE")
                .col((gp ? "Lege " : "Fysioterapeut ") + any(GIVEN_M, r) + " " + any(FAMILY, r))
                .col(gp ? Integer.toString(1_000_000 + r.nextInt(9_000_000)) : null)
                .col(gp ? any(FAMILY, r) + " legesenter" : "Kommunal fysioterapi")
                .col(day(received)).col(full ? "FULL" : "PARTIAL").col(grade).col(day(caseStart))
                .col(complaint < 50 ? "MUSCULOSKELETAL" : complaint < 85 ? "COMMON_MENTAL" : "BOTH")
                .col(icpc ? "ICPC2" : "ICD10").col(icpc ? any(ICPC2, r) : any(ICD10, r))
                .col("Fysioterapi og gradert sykmelding").col("Tilbake i egen stilling")
                .col(day(received + 14)).col(referralStatus)
                .col(decided ? day(received + 30) : null).col(decided ? "Rett til helsehjelp" : null)
                .col(decided ? day(decidedOn) : null).col(decided ? coordinator : null)
                .col("mottak").col(registeredAt).col(0).end();

        // pathway
        int closedOn = 0;
        String outcome = null;
        if (!open) {
            closedOn = Math.min(today - 1, received + 30 + r.nextInt(271));
            outcome = OUTCOMES[pick(OUTCOME_CUM, r)];
        }
        int lastChange = open ? Math.min(today, received + r.nextInt(receivedAgo + 1)) : closedOn;
        out.pathway.col(pathwayId).col(personId).col(referralId).col(clinic).col(coordinator).col(STATES[state])
                .col(day(received)).col(open ? null : day(closedOn)).col(outcome)
                .col(open ? null : "Avsluttet etter oppfølging").col(at(lastChange, r)).col(coordinator).col(0).end();

        // sick-leave periods: 1-3 contiguous, from the first sick day until after today (open) or the closing day
        int end = open ? today + 7 + r.nextInt(54) : closedOn;
        int periods = 1 + r.nextInt(3);
        int span = end - caseStart + 1;
        periods = Math.min(periods, span);
        int from = caseStart;
        for (int k = 0; k < periods; k++) {
            int to = k == periods - 1 ? end : from + Math.max(0, (end - from + 1) / (periods - k) - 1);
            int g = k == 0 ? grade : 20 + 10 * r.nextInt(9);
            out.sickLeave.col(Generator.uuid(seed, T_PERIOD, i, k)).col(personId).col(day(from)).col(day(to))
                    .col(g).col("sykmelding").col(at(Math.min(today, from), r)).end();
            from = to + 1;
        }

        // statutory milestones: met ones go to milestone_met, the rest (open pathways only) to the worklist
        int horizon = open ? today : closedOn;
        for (int m = 0; m < MILESTONES.length; m++) {
            int due = caseStart + 7 * MILESTONE_WEEKS[m];
            boolean met = due <= horizon && r.nextInt(100) < (due < horizon - 14 ? 85 : 40);
            if (met) {
                int metOn = Math.max(caseStart, due - r.nextInt(8));
                out.milestoneMet.col(personId).col(day(caseStart)).col(MILESTONES[m]).col(day(metOn))
                        .col(coordinator).col(at(metOn, r)).end();
            } else if (open) {
                out.worklist.col(pathwayId).col("MILESTONE").col(MILESTONES[m]).col(coordinator)
                        .col(MILESTONE_TITLES[m]).col(day(due)).end();
            }
        }

        // tasks: 0-3 per pathway; open, unvoided tasks of open pathways are on the worklist
        int tasks = r.nextInt(4);
        for (int k = 0; k < tasks; k++) {
            UUID taskId = Generator.uuid(seed, T_TASK, i, k);
            int created = received + r.nextInt(receivedAgo + 1);
            int due = created + 3 + r.nextInt(28);
            boolean voided = r.nextInt(100) < 3;
            boolean done = !open || (due <= today && r.nextInt(100) < 50) || (created < today && r.nextInt(100) < 15);
            int doneOn = Math.min(today, Math.max(created, due - r.nextInt(4)));
            if (!open) {
                doneOn = Math.min(doneOn, closedOn);
            }
            String title = TASK_TITLES[r.nextInt(TASK_TITLES.length)];
            out.task.col(taskId).col(pathwayId).col(title).col(coordinator).col(day(due))
                    .col(done && !voided ? day(doneOn) : null).col(coordinator).col(at(created, r))
                    .col(voided ? "Registrert ved en feil" : null).col(voided ? coordinator : null)
                    .col(voided ? at(created, r) : null).col(0).end();
            if (open && !done && !voided) {
                out.worklist.col(pathwayId).col("TASK").col(taskId).col(coordinator).col(title).col(day(due)).end();
            }
        }
    }

    private static String ascii(String s) {
        return s.toLowerCase().replace("æ", "ae").replace("ø", "o").replace("å", "a");
    }
}
