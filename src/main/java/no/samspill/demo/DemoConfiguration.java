package no.samspill.demo;

import no.samspill.access.AddNavToTeam;
import no.samspill.access.GrantConsent;
import no.samspill.pathway.AddTask;
import no.samspill.pathway.AssignCoordinator;
import no.samspill.pathway.ClosePathway;
import no.samspill.pathway.MovePathway;
import no.samspill.pathway.PathwayQueries;
import no.samspill.referral.RegisterReferral;
import no.samspill.referral.TriageReferral;
import no.samspill.sickleave.RecordMilestoneMet;
import no.samspill.sickleave.RegisterSickLeavePeriod;
import no.samspill.sickleave.SickLeaveTimelines;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DemoConfiguration {

    @Bean
    DemoData.Services demoServices(RegisterReferral registerReferral, TriageReferral triageReferral,
                                   PathwayQueries pathways, MovePathway movePathway, ClosePathway closePathway,
                                   AssignCoordinator assignCoordinator, AddTask addTask,
                                   RegisterSickLeavePeriod registerSickLeave, RecordMilestoneMet recordMilestoneMet,
                                   SickLeaveTimelines timelines, AddNavToTeam addNavToTeam,
                                   GrantConsent grantConsent, DemoData.Collaboration collaboration) {
        return new DemoData.Services(registerReferral, triageReferral, pathways, movePathway, closePathway,
                assignCoordinator, addTask, registerSickLeave, recordMilestoneMet, timelines, addNavToTeam, grantConsent,
                collaboration);
    }

    @Bean
    DemoData.Collaboration demoCollaboration(no.samspill.assessment.RecordAssessment recordAssessment,
                                             no.samspill.meeting.ScheduleMeeting scheduleMeeting,
                                             no.samspill.meeting.RecordMeetingHeld meetingHeld,
                                             no.samspill.meeting.WriteMinutes writeMinutes,
                                             no.samspill.plan.PublishPlanVersion publishPlan,
                                             no.samspill.pathway.RecordWorkStatus recordWorkStatus,
                                             no.samspill.questionnaire.RecordResponse recordResponse) {
        return new DemoData.Collaboration(recordAssessment, scheduleMeeting, meetingHeld, writeMinutes, publishPlan,
                recordWorkStatus, recordResponse);
    }
}
