package org.throughcare.plan.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.throughcare.plan.ReleaseDayItem;

/** The release_day_item table: one row per arrangement once it is first saved. */
@Repository
public class ReleaseDayItems {

    public record Row(ReleaseDayItem item, String arrangement, UUID ownerId, String responsibleName, long version,
                      UUID updatedBy, Instant updatedAt) {
    }

    private final JdbcClient jdbc;

    ReleaseDayItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<ReleaseDayItem, Row> ofClient(UUID client) {
        Map<ReleaseDayItem, Row> items = new EnumMap<>(ReleaseDayItem.class);
        jdbc.sql("select * from release_day_item where client_id = :client").param("client", client)
                .query((rs, n) -> new Row(ReleaseDayItem.valueOf(rs.getString("item")), rs.getString("arrangement"),
                        rs.getObject("owner_organisation_id", UUID.class), rs.getString("responsible_name"),
                        rs.getLong("version"), rs.getObject("updated_by", UUID.class),
                        rs.getTimestamp("updated_at").toInstant()))
                .list().forEach(r -> items.put(r.item(), r));
        return items;
    }

    /** Those of the given clients for whom this item has an arrangement written down. */
    public java.util.Set<UUID> arranged(java.util.Collection<UUID> clients, ReleaseDayItem item) {
        java.util.Set<UUID> arranged = new java.util.HashSet<>();
        if (!clients.isEmpty()) {
            arranged.addAll(jdbc.sql("select client_id from release_day_item where item = :item "
                            + "and arrangement is not null and client_id in (:clients)")
                    .param("item", item.name()).param("clients", clients).query(UUID.class).list());
        }
        return arranged;
    }

    public void insert(UUID client, Row row) {
        jdbc.sql("""
                insert into release_day_item (client_id, item, arrangement, owner_organisation_id, responsible_name,
                  version, updated_by, updated_at)
                values (:client, :item, :arrangement, :owner, :name, 0, :by, :at)""")
                .param("client", client).param("item", row.item().name()).param("arrangement", row.arrangement())
                .param("owner", row.ownerId()).param("name", row.responsibleName()).param("by", row.updatedBy())
                .param("at", Timestamp.from(row.updatedAt())).update();
    }

    /** @return false when someone else saved the item since {@code row.version()} was read */
    public boolean update(UUID client, Row row) {
        return jdbc.sql("""
                update release_day_item set arrangement = :arrangement, owner_organisation_id = :owner,
                  responsible_name = :name, version = version + 1, updated_by = :by, updated_at = :at
                where client_id = :client and item = :item and version = :version""")
                .param("client", client).param("item", row.item().name()).param("arrangement", row.arrangement())
                .param("owner", row.ownerId()).param("name", row.responsibleName()).param("by", row.updatedBy())
                .param("at", Timestamp.from(row.updatedAt())).param("version", row.version()).update() == 1;
    }
}
