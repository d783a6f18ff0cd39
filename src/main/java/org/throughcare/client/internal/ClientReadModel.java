package org.throughcare.client.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.throughcare.client.CaseloadFilter;
import org.throughcare.client.Eligibility;
import org.throughcare.client.Gender;
import org.throughcare.client.Stage;
import org.throughcare.shared.PageRequest;
import org.throughcare.shared.PersonalNumber;
import org.throughcare.shared.ResultPage;

/**
 * The client module's reads, straight from its own tables. Every query takes the reader's {@link
 * ClientAccess.Scope}: a list never contains a client the reader may not see.
 */
@Repository
public class ClientReadModel {

    /** A client as a list shows them; names of the office and coordinator are added by the caller. */
    public record Row(UUID id, String fullName, String personalNumber, Stage stage, LocalDate stageSince,
                      UUID officeId, UUID coordinatorId, LocalDate releaseDate) {
    }

    public record Details(Row row, String idCountry, LocalDate dateOfBirth, Gender gender, String preferredLanguage,
                          boolean interpreterNeeded, String municipalityCode, Eligibility eligibility, long version) {
    }

    public record PoolCount(UUID officeId, int year, int month, int notScreened, int eligibleNotEnrolled) {
    }

    // release_date is the current custody episode's conditional release date, kept on the case row.
    private static final String ROW_COLUMNS = """
            select c.id, c.full_name, c.id_country, c.id_kind, c.id_number, c.stage, c.stage_since,
                   c.probation_office_id, c.coordinator_id, c.release_date
            """;
    private static final String FROM = " from client c ";
    private static final List<String> CUSTODY_STAGES = java.util.Arrays.stream(Stage.values())
            .filter(Stage::inCustody).map(Enum::name).toList();
    private static final String IN_POOL = """
              c.stage in ('REFERRED', 'CONSENTED', 'SCREENED') and (c.stage <> 'SCREENED' or c.eligibility = 'ELIGIBLE')
             and c.release_date between :from and :until""";

    private final JdbcClient jdbc;

    ClientReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Details> details(UUID id) {
        return jdbc.sql(ROW_COLUMNS + """
                        , c.date_of_birth, c.gender, c.preferred_language, c.interpreter_needed, c.municipality_code,
                          c.eligibility, c.version""" + " " + FROM + " where c.id = :id")
                .param("id", id)
                .query((rs, n) -> new Details(row(rs, n), rs.getString("id_country"),
                        rs.getObject("date_of_birth", LocalDate.class), Gender.valueOf(rs.getString("gender")),
                        rs.getString("preferred_language"), rs.getBoolean("interpreter_needed"),
                        rs.getString("municipality_code"),
                        rs.getString("eligibility") == null ? null : Eligibility.valueOf(rs.getString("eligibility")),
                        rs.getLong("version")))
                .optional();
    }

    public Map<UUID, String> names(java.util.Collection<UUID> ids) {
        Map<UUID, String> names = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, full_name from client where id in (:ids)").param("ids", ids)
                    .query((rs, n) -> names.put(rs.getObject(1, UUID.class), rs.getString(2))).list();
        }
        return names;
    }

    public ResultPage<Row> caseload(ClientAccess.Visibility visible, UUID me, CaseloadFilter filter, LocalDate today,
                                    PageRequest page) {
        if (visible.nothing() || (filter.onlyClients() != null && filter.onlyClients().isEmpty())) {
            return new ResultPage<>(List.of(), page.number(), page.size(), 0);
        }
        Map<String, Object> params = new HashMap<>();
        String where = caseloadWhere(visible, me, filter, today, params);
        String direction = filter.descending() ? " desc" : " asc";
        String order = switch (filter.sort()) {
            case NAME -> " order by lower(c.full_name)" + direction + ", c.id";
            case STAGE -> " order by c.stage" + direction + ", c.release_date, c.id";
            // Days to release count only for those still in custody; the others follow.
            case RELEASE -> " order by case when c.stage in (:custodyStages) then 0 else 1 end, c.release_date"
                    + direction + " nulls last, c.id";
        };
        params.put("custodyStages", CUSTODY_STAGES);
        long total = jdbc.sql("select count(*) " + FROM + where).params(params).query(Long.class).single();
        List<Row> rows = jdbc.sql(ROW_COLUMNS + FROM + where + order + " limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(ClientReadModel::row).list();
        return new ResultPage<>(rows, page.number(), page.size(), total);
    }

    /** Per coordinator, how many active clients of the office they coordinate. */
    public Map<UUID, Integer> activeByCoordinator(UUID office) {
        Map<UUID, Integer> counts = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        select coordinator_id, count(*) from client
                        where probation_office_id = :office and stage in (:active)
                        group by coordinator_id order by count(*) desc""")
                .param("office", office).param("active", Stage.active().stream().map(Enum::name).toList())
                .query((rs, n) -> counts.put(rs.getObject(1, UUID.class), rs.getInt(2))).list();
        return counts;
    }

    /** Every line of a caseload, unpaged and in no order: for the flags a filter by flag needs first. */
    public List<Row> caseloadLines(ClientAccess.Visibility visible, UUID me, CaseloadFilter filter, LocalDate today) {
        if (visible.nothing()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        String where = caseloadWhere(visible, me, filter, today, params);
        return jdbc.sql(ROW_COLUMNS + FROM + where).params(params).query(ClientReadModel::row).list();
    }

    private static String caseloadWhere(ClientAccess.Visibility visible, UUID me, CaseloadFilter filter,
                                        LocalDate today, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where " + visibleTo(visible, params));
        if (filter.onlyMine()) {
            where.append(" and c.coordinator_id = :mine");
            params.put("mine", me);
        }
        if (filter.coordinatorId() != null) {
            where.append(" and c.coordinator_id = :chosenCoordinator");
            params.put("chosenCoordinator", filter.coordinatorId());
        }
        if (!filter.stages().isEmpty()) {
            where.append(" and c.stage in (:stages)");
            params.put("stages", filter.stages().stream().map(Enum::name).toList());
        }
        if (filter.releasePassed()) {
            where.append(" and c.release_date < :today and c.stage in (:custodyStages)");
            params.put("today", today);
            params.put("custodyStages", CUSTODY_STAGES);
        }
        if (filter.releaseWithinDays() != null) {
            where.append(" and c.release_date between :today and :until and c.stage in (:custodyStages)");
            params.put("today", today);
            params.put("until", today.plusDays(filter.releaseWithinDays()));
            params.put("custodyStages", CUSTODY_STAGES);
        }
        if (filter.onlyClients() != null) {
            where.append(" and c.id in (:only)");
            params.put("only", filter.onlyClients());
        }
        if (filter.query() != null) {
            String digits = filter.query().replaceAll("[^0-9]", "");
            where.append(" and (lower(c.full_name) like :pattern");
            params.put("pattern", "%" + escapeLike(filter.query().toLowerCase(Locale.ROOT)) + "%");
            if (digits.length() >= 4) {
                where.append(" or c.id_number like :digits");
                params.put("digits", "%" + digits + "%");
            }
            where.append(")");
        }
        return where.toString();
    }

    /** Enrolled clients by probation office: all offices, or one. For counting, never for naming. */
    public Map<UUID, List<UUID>> enrolledByOffice(UUID onlyOffice) {
        Map<UUID, List<UUID>> byOffice = new HashMap<>();
        var spec = jdbc.sql("select probation_office_id, id from client where stage = 'ENROLLED'"
                + (onlyOffice == null ? "" : " and probation_office_id = :office"));
        if (onlyOffice != null) {
            spec = spec.param("office", onlyOffice);
        }
        spec.query((ResultSet rs) -> {
            byOffice.computeIfAbsent(rs.getObject(1, UUID.class), k -> new java.util.ArrayList<>())
                    .add(rs.getObject(2, UUID.class));
        });
        return byOffice;
    }

    /** Counts per office and month of release; for an office scope only that office. */
    public List<PoolCount> poolCounts(ClientAccess.Scope scope, LocalDate from, LocalDate until) {
        String office = scope.kind() == ClientAccess.Kind.OFFICE ? " and c.probation_office_id = :office" : "";
        var spec = jdbc.sql("""
                        select c.probation_office_id, extract(year from c.release_date) as y,
                               extract(month from c.release_date) as m,
                               sum(case when c.stage = 'REFERRED' then 1 else 0 end) as not_screened,
                               sum(case when c.stage = 'REFERRED' then 0 else 1 end) as eligible
                        """ + FROM + " where " + IN_POOL + office + """
                         group by c.probation_office_id, extract(year from c.release_date),
                                  extract(month from c.release_date)
                        order by 2, 3""")
                .param("from", from).param("until", until);
        if (!office.isEmpty()) {
            spec = spec.param("office", scope.officeId());
        }
        return spec.query((rs, n) -> new PoolCount(rs.getObject(1, UUID.class), rs.getInt(2), rs.getInt(3),
                rs.getInt(4), rs.getInt(5))).list();
    }

    public List<Row> poolPeople(ClientAccess.Visibility visible, LocalDate from, LocalDate until, int limit) {
        if (visible.nothing()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        String who = visibleTo(visible, params);
        return jdbc.sql(ROW_COLUMNS + FROM + " where " + IN_POOL + " and " + who
                        + " order by c.release_date, c.id limit :limit")
                .params(params).param("from", from).param("until", until).param("limit", limit)
                .query(ClientReadModel::row).list();
    }

    /** The grounds on which a list may include a client, as one SQL condition. */
    private static String visibleTo(ClientAccess.Visibility visible, Map<String, Object> params) {
        List<String> grounds = new java.util.ArrayList<>();
        if (visible.coordinatorId() != null) {
            grounds.add("c.coordinator_id = :coordinator");
            params.put("coordinator", visible.coordinatorId());
        }
        if (visible.officeId() != null) {
            grounds.add("c.probation_office_id = :office");
            params.put("office", visible.officeId());
        }
        if (visible.institutionId() != null) {
            grounds.add("(c.stage in ('REFERRED', 'SCREENED', 'CONSENTED', 'ENROLLED', 'RETURNED_TO_CUSTODY')"
                    + " and exists (select 1 from custody_episode e where e.client_id = c.id and e.current"
                    + " and e.released_on is null and e.institution_id = :institution))");
            params.put("institution", visible.institutionId());
        }
        if (!visible.throughGroup().isEmpty()) {
            grounds.add("c.id in (:group)");
            params.put("group", visible.throughGroup());
        }
        return "(" + String.join(" or ", grounds) + ")";
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String display = new PersonalNumber(PersonalNumber.Kind.valueOf(rs.getString("id_kind")),
                rs.getString("id_country"), rs.getString("id_number"), null).toString();
        return new Row(rs.getObject("id", UUID.class), rs.getString("full_name"), display,
                Stage.valueOf(rs.getString("stage")), rs.getObject("stage_since", LocalDate.class),
                rs.getObject("probation_office_id", UUID.class), rs.getObject("coordinator_id", UUID.class),
                rs.getObject("release_date", LocalDate.class));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
