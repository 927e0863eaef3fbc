package no.samspill.programme;

/** A contact person at the workplace for the programme (work contact details only). */
public record ContactPerson(String name, String title, String email, String phone) {
}
