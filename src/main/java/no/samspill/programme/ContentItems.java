package no.samspill.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Persistence of the content library (table programme_content): links, never files. */
@Repository
class ContentItems {

    private final JdbcClient jdbc;

    ContentItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ContentItem c) {
        jdbc.sql("""
                INSERT INTO programme_content (id, kind, topic, title, description, duration_minutes, url)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(c.id(), c.kind().name(), c.topic().name(), c.title(), c.description(), c.durationMinutes(), c.url())
                .update();
    }

    List<ContentItem> all() {
        return jdbc.sql("SELECT * FROM programme_content ORDER BY topic, kind, title").query(ContentItems::item).list();
    }

    List<ContentItem> about(Topic topic) {
        return jdbc.sql("SELECT * FROM programme_content WHERE topic = ? ORDER BY kind, title").param(topic.name())
                .query(ContentItems::item).list();
    }

    private static ContentItem item(ResultSet rs, int row) throws SQLException {
        return new ContentItem(rs.getObject("id", UUID.class), ContentKind.valueOf(rs.getString("kind")),
                Topic.valueOf(rs.getString("topic")), rs.getString("title"), rs.getString("description"),
                rs.getInt("duration_minutes"), rs.getString("url"), rs.getInt("version"));
    }
}
