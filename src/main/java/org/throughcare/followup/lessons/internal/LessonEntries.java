package org.throughcare.followup.lessons.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.throughcare.followup.lessons.LessonFilter;
import org.throughcare.followup.lessons.LessonKind;
import org.throughcare.shared.PageRequest;

/** The lessons log's entries; inserted, never updated or deleted. Tags are kept as ",tag,tag," for exact matching. */
@Repository
public class LessonEntries {

    public record Row(UUID id, UUID officeId, LessonKind kind, LocalDate entryOn, LocalDate meetingOn, String title,
                      String body, String responsible, LocalDate responsibleFrom, List<String> tags, UUID correctsId,
                      UUID writtenBy, Instant writtenAt) {
    }

    private final JdbcClient jdbc;

    LessonEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Row r) {
        jdbc.sql("""
                        insert into lesson_entry (id, office_id, kind, entry_on, meeting_on, title, body, responsible,
                            responsible_from, tags, corrects_id, written_by, written_at)
                        values (:id, :office, :kind, :entryOn, :meetingOn, :title, :body, :responsible,
                            :responsibleFrom, :tags, :corrects, :by, :at)""")
                .param("id", r.id()).param("office", r.officeId()).param("kind", r.kind().name())
                .param("entryOn", r.entryOn()).param("meetingOn", r.meetingOn()).param("title", r.title())
                .param("body", r.body()).param("responsible", r.responsible())
                .param("responsibleFrom", r.responsibleFrom()).param("tags", "," + String.join(",", r.tags()) + ",")
                .param("corrects", r.correctsId()).param("by", r.writtenBy()).param("at", Timestamp.from(r.writtenAt()))
                .update();
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql("select * from lesson_entry where id = :id").param("id", id).query(LessonEntries::row).optional();
    }

    public List<Row> page(UUID office, LessonFilter filter, PageRequest page) {
        Where where = where(office, filter);
        String order = switch (filter.sort()) {
            case DATE -> "entry_on " + dir(filter) + ", written_at " + dir(filter);
            case KIND -> "kind " + dir(filter) + ", entry_on desc";
            case TITLE -> "lower(title) " + dir(filter) + ", entry_on desc";
        };
        JdbcClient.StatementSpec spec = jdbc.sql("select * from lesson_entry where " + where.sql + " order by " + order
                + ", id offset :offset rows fetch next :size rows only");
        where.params.forEach(spec::param);
        return spec.param("offset", page.offset()).param("size", page.size()).query(LessonEntries::row).list();
    }

    public long count(UUID office, LessonFilter filter) {
        Where where = where(office, filter);
        JdbcClient.StatementSpec spec = jdbc.sql("select count(*) from lesson_entry where " + where.sql);
        where.params.forEach(spec::param);
        return spec.query(Long.class).single();
    }

    /** For each of the given entries, the later entries that correct it. */
    public Map<UUID, List<UUID>> correctionsOf(Collection<UUID> ids) {
        Map<UUID, List<UUID>> corrections = new HashMap<>();
        if (ids.isEmpty()) {
            return corrections;
        }
        jdbc.sql("select id, corrects_id from lesson_entry where corrects_id in (:ids) order by written_at")
                .param("ids", ids).query((rs, n) -> corrections.computeIfAbsent(rs.getObject("corrects_id", UUID.class),
                        k -> new ArrayList<>()).add(rs.getObject("id", UUID.class))).list();
        return corrections;
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(UUID office, LessonFilter filter) {
        StringBuilder sql = new StringBuilder("office_id = :office");
        Map<String, Object> params = new HashMap<>();
        params.put("office", office);
        if (filter.kind() != null) {
            sql.append(" and kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.tag() != null) {
            sql.append(" and tags like :tag escape '!'");
            params.put("tag", "%," + escaped(filter.tag()) + ",%");
        }
        if (filter.query() != null) {
            sql.append(" and (lower(title) like :q escape '!' or lower(body) like :q escape '!'"
                    + " or lower(coalesce(responsible, '')) like :q escape '!' or tags like :q escape '!')");
            params.put("q", "%" + escaped(filter.query().toLowerCase(Locale.ROOT)) + "%");
        }
        return new Where(sql.toString(), params);
    }

    private static String escaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static String dir(LessonFilter filter) {
        return filter.descending() ? "desc" : "asc";
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String tags = rs.getString("tags");
        return new Row(rs.getObject("id", UUID.class), rs.getObject("office_id", UUID.class),
                LessonKind.valueOf(rs.getString("kind")), rs.getObject("entry_on", LocalDate.class),
                rs.getObject("meeting_on", LocalDate.class), rs.getString("title"), rs.getString("body"),
                rs.getString("responsible"), rs.getObject("responsible_from", LocalDate.class),
                Arrays.stream(tags.split(",")).filter(t -> !t.isBlank()).toList(),
                rs.getObject("corrects_id", UUID.class), rs.getObject("written_by", UUID.class),
                rs.getTimestamp("written_at").toInstant());
    }
}
