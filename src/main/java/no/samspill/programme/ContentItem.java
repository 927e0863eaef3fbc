package no.samspill.programme;

import java.util.UUID;

/** A film or piece of support material in the content library. Only the link is stored, never the file. */
public record ContentItem(UUID id, ContentKind kind, Topic topic, String title, String description,
                          int durationMinutes, String url, int version) {
}
