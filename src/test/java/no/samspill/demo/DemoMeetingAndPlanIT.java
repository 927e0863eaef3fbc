package no.samspill.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import no.samspill.access.PersonDataAccess;
import no.samspill.assessment.AssessmentQueries;
import no.samspill.meeting.MeetingQueries;
import no.samspill.meeting.MeetingStatus;
import no.samspill.pathway.Pathway;
import no.samspill.person.PersonDirectory;
import no.samspill.identifiers.NationalIdNumber;
import no.samspill.plan.PlanQueries;
import no.samspill.security.DemoAccounts;
import no.samspill.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo patient's pathway is made with an assessment, a held meeting with a task for the leader, and a plan. */
@IntegrationTest
class DemoMeetingAndPlanIT {

    @Autowired DemoData.Services services;
    @Autowired PersonDataAccess access;
    @Autowired Clock clock;
    @Autowired PersonDirectory persons;
    @Autowired MeetingQueries meetings;
    @Autowired PlanQueries plans;
    @Autowired AssessmentQueries assessments;

    @Test
    void theDemoPatientsPathwayHasTheCollaborationScenario() {
        DemoData data = new DemoData(services, 20261124L, clock);
        access.asSystem(() -> data.createPathway(0));
        access.asSystem(() -> {
            var person = persons.idOf(NationalIdNumber.parse(DemoAccounts.PATIENT_NATIONAL_ID)).orElseThrow();
            // Other tests give the demo patient pathways with meetings of their own: the demo's has all three parts.
            Pathway pathway = services.pathways().ofPerson(person).stream()
                    .filter(p -> !meetings.ofPathway(p.id()).isEmpty() && plans.latest(p.id()).isPresent()
                            && assessments.full(p.id()).isPresent())
                    .findFirst().orElseThrow();
            var meeting = meetings.ofPathway(pathway.id()).get(0);
            assertThat(meeting.status()).isEqualTo(MeetingStatus.HELD);
            assertThat(meeting.minutes().finalised()).isTrue();
            assertThat(services.pathways().tasks(pathway.id())).anyMatch(t -> t.owner().equals("lars.leder") && t.open());
            assertThat(plans.latest(pathway.id())).hasValueSatisfying(v -> assertThat(v.agreed()).isFalse());
            assertThat(assessments.full(pathway.id())).isPresent();
        });
    }
}
