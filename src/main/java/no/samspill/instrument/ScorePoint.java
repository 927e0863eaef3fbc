package no.samspill.instrument;

import java.time.LocalDate;

/** One complete score in a trajectory: when, the total, its band and (PHQ-9, GAD-7) caseness. */
public record ScorePoint(LocalDate date, int total, Band band, Boolean caseness) {
}
