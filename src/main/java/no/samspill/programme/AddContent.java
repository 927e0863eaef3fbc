package no.samspill.programme;

import java.net.URI;
import java.util.UUID;
import no.samspill.shared.FieldErrors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds a film or support material to the content library: a link to where it is hosted, never the file. */
@Service
public class AddContent {

    private final ContentItems content;

    AddContent(ContentItems content) {
        this.content = content;
    }

    @Transactional
    public ContentItem add(String kind, String topic, String title, String description, String durationMinutes,
                           String url) {
        FieldErrors errors = new FieldErrors();
        ContentKind k = errors.required("kind", kind, Parse.choice(ContentKind.class, "Velg film eller støttemateriell"));
        Topic t = errors.required("topic", topic, Parse.choice(Topic.class, "Velg tema"));
        String ti = Parse.text(title);
        String d = Parse.text(description);
        errors.check(ti != null && ti.length() <= 200, "title", "Skriv en tittel (høyst 200 tegn)");
        errors.check(d != null && d.length() <= 2000, "description", "Skriv en kort beskrivelse (høyst 2000 tegn)");
        Integer minutes = errors.required("durationMinutes", durationMinutes, Parse.wholeNumber(1, 600, "varigheten"));
        String link = errors.required("url", url, AddContent::link);
        errors.throwIfAny();
        ContentItem item = new ContentItem(UUID.randomUUID(), k, t, ti, d, minutes, link, 0);
        content.insert(item);
        return item;
    }

    static String link(String raw) {
        try {
            URI uri = URI.create(raw.trim());
            if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException();
            }
            return uri.toString();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Skriv en fullstendig lenke som begynner med https://");
        }
    }
}
