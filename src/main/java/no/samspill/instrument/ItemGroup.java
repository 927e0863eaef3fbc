package no.samspill.instrument;

/** A group of questions in a Questionnaire (type "group"), such as one scale of a survey. */
public record ItemGroup(String linkId, String text) {
}
