package org.throughcare.directory.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.throughcare.directory.ServiceSearch;
import org.throughcare.shared.PageRequest;
import org.throughcare.shared.ResultPage;

/** Finds services: every filter narrows the list (AND), and the page holds the ids in the order asked for. */
@Repository
public class ServiceQueries {

    private final JdbcClient jdbc;

    ServiceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ResultPage<UUID> search(ServiceSearch search, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (search.query() != null) {
            where.append(" and (lower(s.name) like :pattern or lower(o.name) like :pattern)");
            params.put("pattern", "%" + escapeLike(search.query().toLowerCase(Locale.ROOT)) + "%");
        }
        if (search.needArea() != null) {
            where.append(" and exists (select 1 from service_need_area a where a.service_id = s.id"
                    + " and a.need_area = :area)");
            params.put("area", search.needArea().name());
        }
        if (search.municipalityCode() != null) {
            where.append(" and exists (select 1 from service_municipality m where m.service_id = s.id"
                    + " and m.municipality_code = :municipality)");
            params.put("municipality", search.municipalityCode());
        }
        if (search.accredited() != null) {
            where.append(" and s.accredited = :accredited");
            params.put("accredited", search.accredited());
        }
        if (search.capacityAvailable()) {
            where.append(" and s.capacity_available > 0");
        }
        if (search.organisationId() != null) {
            where.append(" and s.organisation_id = :organisation");
            params.put("organisation", search.organisationId());
        }
        if (search.status() != null) {
            where.append(" and s.status = :status");
            params.put("status", search.status().name());
        }
        String direction = search.descending() ? " desc" : " asc";
        String order = switch (search.sort()) {
            case NAME -> " order by lower(s.name)" + direction + ", s.id";
            case ORGANISATION -> " order by lower(o.name)" + direction + ", lower(s.name), s.id";
            case UPDATED -> " order by s.updated_at" + direction + ", s.id";
        };
        String from = " from service s join organisation o on o.id = s.organisation_id";
        long total = jdbc.sql("select count(*)" + from + where).params(params).query(Long.class).single();
        List<UUID> ids = jdbc.sql("select s.id" + from + where + order + " limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> rs.getObject(1, UUID.class)).list();
        return new ResultPage<>(ids, page.number(), page.size(), total);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
