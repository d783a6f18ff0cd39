package org.throughcare.group.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.throughcare.group.ConsentForm;
import org.throughcare.group.RecordConsent;
import org.throughcare.shared.DataCategory;

/** The consent tables. A consent row is written once; only its withdrawal columns are ever filled in later. */
@Repository
public class Consents {

    public record Row(UUID id, UUID clientId, ConsentForm form, LocalDate givenOn, String witness, boolean told,
                      String textVersion, LocalDate validUntil, UUID documentedBy, String documentName,
                      String documentType, LocalDate withdrawnOn, String withdrawalHow, UUID withdrawnBy,
                      List<UUID> organisations, List<DataCategory> categories, boolean enteredAfterwards) {

        /** In force on a day: given by then, not yet expired, not withdrawn on or before it. */
        public boolean inForceOn(LocalDate day) {
            return !givenOn.isAfter(day) && (validUntil == null || !validUntil.isBefore(day))
                    && (withdrawnOn == null || withdrawnOn.isAfter(day));
        }
    }

    public record Text(String version, String language, String title, String body, LocalDate publishedOn) {
    }

    private final JdbcClient jdbc;

    Consents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code afterwards}: documented later than the day it was given (an earlier system's record, or catching up). */
    public void insert(UUID id, UUID client, RecordConsent c, UUID by, Instant at, boolean afterwards,
                       String documentName, String documentType, byte[] document) {
        jdbc.sql("""
                insert into consent (id, client_id, consent_form, given_on, witness, told_about_confidentiality,
                  text_version, valid_until, documented_by, documented_at, document_name, document_type, document,
                  entered_afterwards)
                values (:id, :client, :form, :given, :witness, :told, :version, :until, :by, :at, :name, :type, :doc,
                  :afterwards)""")
                .param("id", id).param("client", client).param("form", c.form().name()).param("given", c.givenOn())
                .param("witness", c.witness() == null || c.witness().isBlank() ? null : c.witness().strip())
                .param("told", c.toldAboutConfidentiality()).param("version", c.textVersion().strip())
                .param("until", c.validUntil()).param("by", by).param("at", Timestamp.from(at))
                .param("name", documentName).param("type", documentType).param("doc", document)
                .param("afterwards", afterwards).update();
        for (UUID organisation : new java.util.LinkedHashSet<>(c.organisationIds())) {
            jdbc.sql("insert into consent_organisation (consent_id, organisation_id) values (:id, :org)")
                    .param("id", id).param("org", organisation).update();
        }
        for (DataCategory category : java.util.EnumSet.copyOf(c.categories())) {
            jdbc.sql("insert into consent_category (consent_id, category) values (:id, :category)")
                    .param("id", id).param("category", category.name()).update();
        }
    }

    public void withdraw(UUID id, LocalDate on, String how, UUID by, Instant at, boolean afterwards) {
        jdbc.sql("""
                update consent set withdrawn_on = :on, withdrawal_how = :how, withdrawn_by = :by, withdrawn_at = :at,
                  withdrawal_entered_afterwards = :afterwards
                where id = :id and withdrawn_on is null""")
                .param("on", on).param("how", how).param("by", by).param("at", Timestamp.from(at)).param("id", id)
                .param("afterwards", afterwards).update();
    }

    /** A consent whose coming end is to be announced: its client and the day it runs out. */
    public record Expiring(UUID id, UUID clientId, LocalDate validUntil) {
    }

    /**
     * Consents in force that run out between {@code today} and {@code horizon} and whose end has not been
     * announced, locked so that another node checking at the same moment skips them rather than announcing
     * them again.
     */
    public List<Expiring> expiringUnannounced(LocalDate today, LocalDate horizon) {
        return jdbc.sql("""
                        select id, client_id, valid_until from consent
                        where withdrawn_on is null and given_on <= :today and valid_until >= :today
                          and valid_until <= :horizon
                          and (expiry_announced_for is null or expiry_announced_for <> valid_until)
                        order by valid_until for update skip locked""")
                .param("today", today).param("horizon", horizon)
                .query((rs, n) -> new Expiring(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, LocalDate.class))).list();
    }

    public void expiryAnnounced(UUID id, LocalDate validUntil) {
        jdbc.sql("update consent set expiry_announced_for = :until where id = :id").param("until", validUntil)
                .param("id", id).update();
    }

    /** Every consent of the client, newest first, with what it covers. */
    public List<Row> ofClient(UUID client) {
        List<Object[]> heads = jdbc.sql("""
                        select id, consent_form, given_on, witness, told_about_confidentiality, text_version, valid_until,
                               documented_by, document_name, document_type, withdrawn_on, withdrawal_how, withdrawn_by,
                               entered_afterwards
                        from consent where client_id = :client order by given_on desc, documented_at desc""")
                .param("client", client)
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getBoolean(5), rs.getString(6),
                        rs.getObject(7, LocalDate.class), rs.getObject(8, UUID.class), rs.getString(9),
                        rs.getString(10), rs.getObject(11, LocalDate.class), rs.getString(12),
                        rs.getObject(13, UUID.class), rs.getBoolean(14)})
                .list();
        List<UUID> ids = heads.stream().map(h -> (UUID) h[0]).toList();
        Map<UUID, List<UUID>> organisations = children("select consent_id, organisation_id from consent_organisation",
                ids, (rs) -> rs.getObject(2, UUID.class));
        Map<UUID, List<DataCategory>> categories = children("select consent_id, category from consent_category",
                ids, (rs) -> DataCategory.valueOf(rs.getString(2)));
        List<Row> rows = new ArrayList<>();
        for (Object[] h : heads) {
            UUID id = (UUID) h[0];
            rows.add(new Row(id, client, ConsentForm.valueOf((String) h[1]), (LocalDate) h[2], (String) h[3],
                    (Boolean) h[4], (String) h[5], (LocalDate) h[6], (UUID) h[7], (String) h[8], (String) h[9],
                    (LocalDate) h[10], (String) h[11], (UUID) h[12], organisations.getOrDefault(id, List.of()),
                    categories.getOrDefault(id, List.of()), (Boolean) h[13]));
        }
        return rows;
    }

    /** Clients whose group has this user as a current member with a consent in force covering the category. */
    public java.util.Set<UUID> coveredThroughMembership(UUID user, String category, LocalDate today) {
        return new java.util.HashSet<>(jdbc.sql("""
                        select distinct m.client_id from group_member m
                        join consent c on c.client_id = m.client_id
                        join consent_organisation co on co.consent_id = c.id and co.organisation_id = m.organisation_id
                        join consent_category cc on cc.consent_id = c.id and cc.category = :category
                        where m.user_id = :user and m.from_date <= :today and (m.to_date is null or m.to_date >= :today)
                          and c.given_on <= :today and (c.valid_until is null or c.valid_until >= :today)
                          and (c.withdrawn_on is null or c.withdrawn_on > :today)""")
                .param("user", user).param("category", category).param("today", today)
                .query(UUID.class).list());
    }

    public record Coverage(int agencies, int covered) {
    }

    /**
     * For each client with a current agency member: how many distinct agencies the group has today, and how
     * many of them a consent in force covers. One query for a whole office, however many clients it has.
     */
    public Map<UUID, Coverage> coverageOf(Collection<UUID> clients, LocalDate today) {
        Map<UUID, Coverage> result = new HashMap<>();
        if (clients.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        select m.client_id, count(distinct m.organisation_id),
                               count(distinct case when exists (
                                   select 1 from consent c join consent_organisation co on co.consent_id = c.id
                                   where c.client_id = m.client_id and co.organisation_id = m.organisation_id
                                     and c.given_on <= :today and (c.valid_until is null or c.valid_until >= :today)
                                     and (c.withdrawn_on is null or c.withdrawn_on > :today))
                                   then m.organisation_id end)
                        from group_member m
                        where m.client_id in (:clients) and m.from_date <= :today
                          and (m.to_date is null or m.to_date >= :today)
                        group by m.client_id""")
                .param("clients", clients).param("today", today)
                .query((java.sql.ResultSet rs) -> {
                    result.put(rs.getObject(1, UUID.class), new Coverage(rs.getInt(2), rs.getInt(3)));
                });
        return result;
    }

    public Optional<byte[]> document(UUID consent) {
        return jdbc.sql("select document from consent where id = :id and document is not null").param("id", consent)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    public Optional<Text> text(String version, String language) {
        return jdbc.sql("select version, language, title, body, published_on from consent_text"
                        + " where version = :version and language = :language")
                .param("version", version).param("language", language)
                .query((rs, n) -> new Text(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class))).optional();
    }

    public List<String> textVersions() {
        return jdbc.sql("select distinct version from consent_text order by version desc").query(String.class).list();
    }

    private interface Column<T> {
        T read(java.sql.ResultSet rs) throws java.sql.SQLException;
    }

    private <T> Map<UUID, List<T>> children(String sql, Collection<UUID> ids, Column<T> column) {
        Map<UUID, List<T>> result = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql(sql + " where consent_id in (:ids)").param("ids", ids).query((java.sql.ResultSet rs) -> {
                result.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(column.read(rs));
            });
        }
        return result;
    }
}
