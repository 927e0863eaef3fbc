package no.samspill.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the patient sees on "who can see what": the rules applied to their own relationships and consents. */
@Service
@Transactional(readOnly = true)
public class Sharing {

    private final AccessRecords records;
    private final PersonDataAccess access;
    private final Clock clock;

    Sharing(AccessRecords records, PersonDataAccess access, Clock clock) {
        this.records = records;
        this.access = access;
        this.clock = clock;
    }

    /** @param organisationNames turns an organisation number into a name the patient recognises */
    public List<SharingRow> overview(UUID personId, Function<String, String> organisationNames) {
        access.requireRead(personId, InformationCategory.ADMIN, "Consent", null);
        LocalDate today = LocalDate.now(clock);
        List<Relationship> relationships = records.relationshipsOf(personId);
        List<Consent> consents = records.consentsOf(personId);
        List<SharingRow> rows = new ArrayList<>();
        for (Relationship r : relationships) {
            if (!r.validOn(today) || r.party() == Party.PATIENT) {
                continue;
            }
            Viewer as = new Viewer("-", "-", "-", r.party(), r.organisationNumber(), null,
                    r.party() == Party.GP ? r.userRef() : null, null);
            if (r.party() == Party.EMPLOYER && r.userRef() != null) {
                as = new Viewer(r.userRef(), "-", "-", r.party(), r.organisationNumber(), null, null, null);
            }
            String name = r.party() == Party.CLINIC ? organisationNames.apply(r.organisationNumber())
                    : r.party().label() + (r.organisationNumber() == null ? ""
                    : ", " + organisationNames.apply(r.organisationNumber()));
            for (InformationCategory category : InformationCategory.values()) {
                AccessDecision now = AccessPolicy.decide(as, List.of(r), consents, category, Purpose.FOLLOW_UP, false, today);
                boolean switchable = (r.party() == Party.EMPLOYER && category == InformationCategory.WORK_FUNCTION)
                        || (r.party() == Party.NAV && category == InformationCategory.HEALTH);
                String ifSwitched = !switchable ? null : now.allowed()
                        ? "Slår du av, ser " + recipient(r.party()) + " ikke lenger " + category.label().toLowerCase()
                        + " fra og med neste gang de åpner forløpet ditt."
                        : "Slår du på, kan " + recipient(r.party()) + " se " + category.plainLanguage()
                        + ". Du kan slå av igjen når som helst.";
                String why = r.party() == Party.EMPLOYER && r.userRef() == null
                        ? "Ingen hos arbeidsgiveren ser noe før klinikken har registrert hvem som er nærmeste leder"
                        : explain(r.party(), category, now);
                rows.add(new SharingRow(r.party(), r.organisationNumber(), name, category, Purpose.FOLLOW_UP,
                        now.allowed(), why, switchable, now.consentId(), until(consents, now.consentId()), ifSwitched));
            }
        }
        if (relationships.stream().anyMatch(r -> r.party() == Party.GP && r.validOn(today))) {
            rows.add(gpMeetings(consents, today));
        }
        return rows;
    }

    /** The GP takes part in collaboration meetings only with the patient's consent (one line, whichever GP). */
    private static SharingRow gpMeetings(List<Consent> consents, LocalDate today) {
        Consent active = consents.stream().filter(c -> c.activeOn(today) && c.recipient() == Party.GP
                && c.category() == InformationCategory.ADMIN && c.purpose() == Purpose.MEETING_PARTICIPATION)
                .findFirst().orElse(null);
        return new SharingRow(Party.GP, null, Party.GP.label(), InformationCategory.ADMIN,
                Purpose.MEETING_PARTICIPATION, active != null, active != null ? "Fordi du har samtykket"
                : "Bare hvis du samtykker", true, active == null ? null : active.id(),
                active == null ? null : active.validUntil(), active != null
                ? "Slår du av, kan fastlegen ikke inviteres til nye møter. Møter fastlegen alt er invitert til, "
                + "ser fastlegen fortsatt."
                : "Slår du på, kan klinikken invitere fastlegen din til samarbeidsmøter om deg. Fastlegen ser tid og "
                + "sted for møtene hen er invitert til. Du kan slå av igjen når som helst.");
    }

    @Transactional(readOnly = true)
    public List<Consent> history(UUID personId) {
        access.requireRead(personId, InformationCategory.ADMIN, "Consent", null);
        return records.consentsOf(personId);
    }

    /** The end date of the consent a decision rests on (null: none, or no end date). */
    private static LocalDate until(List<Consent> consents, UUID consentId) {
        return consentId == null ? null : consents.stream().filter(c -> c.id().equals(consentId))
                .map(Consent::validUntil).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /** The recipient as it reads inside a sentence. */
    private static String recipient(Party party) {
        return switch (party) {
            case NAV -> "NAV-veilederen";
            case EMPLOYER -> "nærmeste leder";
            case GP -> "fastlegen";
            default -> party.label().toLowerCase();
        };
    }

    private static String explain(Party party, InformationCategory category, AccessDecision decision) {
        if (decision.consentId() != null) {
            return "Fordi du har samtykket";
        }
        return switch (party) {
            case CLINIC -> "Teamet som følger deg opp i klinikken, ser alt i forløpet";
            case GP -> category == InformationCategory.HEALTH ? "Fastlegen får et sammendrag" : "Fastlegen henviste deg";
            case NAV -> category == InformationCategory.HEALTH ? "Bare hvis du samtykker" : "NAV følger opp sykefraværet";
            case EMPLOYER -> switch (category) {
                case HEALTH -> "Aldri: arbeidsgiver skal ikke vite hvorfor du er syk";
                case WORK_FUNCTION -> "Bare hvis du samtykker";
                case ADMIN -> "Møtetider og avtaler som gjelder jobben";
            };
            default -> decision.reason();
        };
    }
}
