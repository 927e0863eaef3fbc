package no.samspill.programme;

import java.util.UUID;

/** The anonymous link to one wave of the survey at one run, shared with all participants. It identifies nobody. */
public record SurveyLink(String token, UUID runId, SurveyWave wave) {

    public String path() {
        return "/undersokelse/" + token;
    }
}
