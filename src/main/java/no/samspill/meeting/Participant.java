package no.samspill.meeting;

import no.samspill.access.InformationCategory;
import no.samspill.access.PersonData;

/** Someone invited to a meeting, in a role, optionally with a Samspill username, and their reply. */
@PersonData(InformationCategory.ADMIN)
public record Participant(Role role, String name, String username, Reply reply) {

    public Participant {
        reply = reply == null ? Reply.NO_REPLY : reply;
    }

    public Participant withReply(Reply newReply) {
        return new Participant(role, name, username, newReply);
    }

    /** The parties who can take part. */
    public enum Role {
        PATIENT("Pasient"),
        NEAREST_LEADER("Nærmeste leder"),
        NAV_COUNSELLOR("NAV-veileder"),
        CLINICIAN("Behandler"),
        GP("Fastlege"),
        UNION_REPRESENTATIVE("Tillitsvalgt");

        private final String label;

        Role(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What a participant answered to the invitation. */
    public enum Reply {
        NO_REPLY("Ikke svart"),
        COMING("Kommer"),
        NEW_TIME_WANTED("Ønsker nytt tidspunkt"),
        NOT_COMING("Kommer ikke");

        private final String label;

        Reply(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
