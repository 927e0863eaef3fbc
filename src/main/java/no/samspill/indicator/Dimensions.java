package no.samspill.indicator;

import java.time.LocalDate;

/** The dimensions of an aggregate cell: referral month, clinic, complaint group, age band, sex and study arm. */
record Dimensions(LocalDate month, String clinic, String complaintGroup, String ageBand, String sex, String arm) {
}
