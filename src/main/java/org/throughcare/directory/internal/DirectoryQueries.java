package org.throughcare.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.throughcare.directory.AgencyType;
import org.throughcare.directory.ContactView;
import org.throughcare.directory.Municipality;
import org.throughcare.directory.OrganisationSearch;
import org.throughcare.directory.OrganisationSummaryView;
import org.throughcare.directory.UnitView;
import org.throughcare.shared.PageRequest;
import org.throughcare.shared.ResultPage;

/** The directory's read model: lists, searches and views built straight from the tables. */
@Repository
public class DirectoryQueries {

    private static final String CONTACT_COLUMNS = """
            select c.id, c.version, c.organisation_id, o.name as organisation_name, o.agency_type, c.unit_id,
                   u.name as unit_name, c.full_name, c.role_title, c.phone, c.email
            from contact c join organisation o on o.id = c.organisation_id left join unit u on u.id = c.unit_id
            """;
    private static final String UNIT_COLUMNS = """
            select u.id, u.version, u.organisation_id, u.name, u.municipality_code, m.name as municipality_name,
                   u.address, u.phone, u.email
            from unit u left join municipality m on m.code = u.municipality_code
            """;

    private final JdbcClient jdbc;

    DirectoryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ResultPage<OrganisationSummaryView> search(OrganisationSearch search, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (search.query() != null) {
            // Matches the organisation's name or the name of one of its contacts: people look for "Anna at housing".
            where.append(" and (lower(o.name) like :pattern or exists (select 1 from contact c"
                    + " where c.organisation_id = o.id and lower(c.full_name) like :pattern))");
            params.put("pattern", "%" + escapeLike(search.query().toLowerCase(Locale.ROOT)) + "%");
        }
        if (search.agencyType() != null) {
            where.append(" and o.agency_type = :type");
            params.put("type", search.agencyType().name());
        }
        if (search.municipalityCode() != null) {
            where.append(" and exists (select 1 from organisation_municipality om"
                    + " where om.organisation_id = o.id and om.municipality_code = :municipality)");
            params.put("municipality", search.municipalityCode());
        }
        String direction = search.descending() ? " desc" : " asc";
        String order = switch (search.sort()) {
            case NAME -> " order by lower(o.name)" + direction + ", o.id";
            case TYPE -> " order by o.agency_type" + direction + ", lower(o.name), o.id";
        };
        long total = jdbc.sql("select count(*) from organisation o" + where).params(params).query(Long.class).single();
        List<OrganisationRow> rows = jdbc.sql("""
                        select o.id, o.name, o.agency_type,
                               (select count(*) from contact c where c.organisation_id = o.id) as contact_count
                        from organisation o""" + where + order + " limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new OrganisationRow(rs.getObject("id", UUID.class), rs.getString("name"),
                        AgencyType.valueOf(rs.getString("agency_type")), rs.getInt("contact_count")))
                .list();
        Map<UUID, List<String>> municipalities = municipalityNamesOf(rows.stream().map(OrganisationRow::id).toList());
        List<OrganisationSummaryView> items = rows.stream()
                .map(r -> new OrganisationSummaryView(r.id(), r.name(), r.type(),
                        municipalities.getOrDefault(r.id(), List.of()), r.contactCount()))
                .toList();
        return new ResultPage<>(items, page.number(), page.size(), total);
    }

    private record OrganisationRow(UUID id, String name, AgencyType type, int contactCount) {
    }

    private Map<UUID, List<String>> municipalityNamesOf(Collection<UUID> organisationIds) {
        Map<UUID, List<String>> names = new LinkedHashMap<>();
        if (organisationIds.isEmpty()) {
            return names;
        }
        jdbc.sql("""
                        select om.organisation_id, m.name from organisation_municipality om
                        join municipality m on m.code = om.municipality_code
                        where om.organisation_id in (:ids) order by m.name""")
                .param("ids", organisationIds)
                .query((ResultSet rs) -> {
                    names.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return names;
    }

    public List<Municipality> municipalities() {
        return jdbc.sql("select code, name, country from municipality order by name")
                .query((rs, n) -> new Municipality(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    public List<Municipality> municipalities(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select code, name, country from municipality where code in (:codes) order by name")
                .param("codes", codes)
                .query((rs, n) -> new Municipality(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    public boolean municipalityExists(String code) {
        return jdbc.sql("select count(*) from municipality where code = :code").param("code", code)
                .query(Long.class).single() > 0;
    }

    public void insertMunicipality(Municipality municipality) {
        jdbc.sql("insert into municipality (code, name, country) values (:code, :name, :country)")
                .param("code", municipality.code()).param("name", municipality.name())
                .param("country", municipality.country()).update();
    }

    /**
     * Another organisation with the same name (ignoring case) and type that serves one of the given
     * municipalities, or, when none are given, that serves none either (a national body).
     */
    public boolean duplicateExists(String name, AgencyType type, Collection<String> municipalityCodes, UUID except) {
        String overlap = municipalityCodes.isEmpty()
                ? "not exists (select 1 from organisation_municipality om where om.organisation_id = o.id)"
                : "exists (select 1 from organisation_municipality om where om.organisation_id = o.id"
                        + " and om.municipality_code in (:codes))";
        var spec = jdbc.sql("select count(*) from organisation o where lower(o.name) = :name and o.agency_type = :type"
                        + " and o.id <> :except and " + overlap)
                .param("name", name.strip().toLowerCase(Locale.ROOT)).param("type", type.name())
                .param("except", except == null ? new UUID(0, 0) : except);
        if (!municipalityCodes.isEmpty()) {
            spec = spec.param("codes", municipalityCodes);
        }
        return spec.query(Long.class).single() > 0;
    }

    public List<UnitView> unitsOf(UUID organisationId) {
        return jdbc.sql(UNIT_COLUMNS + " where u.organisation_id = :id order by u.name").param("id", organisationId)
                .query(DirectoryQueries::unit).list();
    }

    public Optional<UnitView> unit(UUID id) {
        return jdbc.sql(UNIT_COLUMNS + " where u.id = :id").param("id", id).query(DirectoryQueries::unit).optional();
    }

    public List<ContactView> contactsOf(UUID organisationId) {
        return jdbc.sql(CONTACT_COLUMNS + " where c.organisation_id = :id order by c.full_name")
                .param("id", organisationId).query(DirectoryQueries::contact).list();
    }

    public List<ContactView> allContacts() {
        return jdbc.sql(CONTACT_COLUMNS + " order by c.full_name, o.name").query(DirectoryQueries::contact).list();
    }

    public Optional<ContactView> contact(UUID id) {
        return jdbc.sql(CONTACT_COLUMNS + " where c.id = :id").param("id", id)
                .query(DirectoryQueries::contact).optional();
    }

    public Optional<String> organisationName(UUID id) {
        return jdbc.sql("select name from organisation where id = :id").param("id", id).query(String.class).optional();
    }

    public Optional<String> unitName(UUID id) {
        return jdbc.sql("select name from unit where id = :id").param("id", id).query(String.class).optional();
    }

    public List<UnitView> unitsOfType(AgencyType type) {
        return jdbc.sql(UNIT_COLUMNS + " join organisation o on o.id = u.organisation_id where o.agency_type = :type"
                        + " order by u.name").param("type", type.name()).query(DirectoryQueries::unit).list();
    }

    public Map<UUID, String> names(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, name from unit where id in (:ids) union all select id, name from organisation"
                            + " where id in (:ids)").param("ids", ids)
                    .query((ResultSet rs) -> {
                        names.put(rs.getObject(1, UUID.class), rs.getString(2));
                    });
        }
        return names;
    }

    private static UnitView unit(ResultSet rs, int row) throws SQLException {
        return new UnitView(rs.getObject("id", UUID.class), rs.getLong("version"),
                rs.getObject("organisation_id", UUID.class), rs.getString("name"), rs.getString("municipality_code"),
                rs.getString("municipality_name"), rs.getString("address"), rs.getString("phone"),
                rs.getString("email"));
    }

    private static ContactView contact(ResultSet rs, int row) throws SQLException {
        return new ContactView(rs.getObject("id", UUID.class), rs.getLong("version"),
                rs.getObject("organisation_id", UUID.class), rs.getString("organisation_name"),
                AgencyType.valueOf(rs.getString("agency_type")), rs.getObject("unit_id", UUID.class),
                rs.getString("unit_name"), rs.getString("full_name"), rs.getString("role_title"),
                rs.getString("phone"), rs.getString("email"));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
