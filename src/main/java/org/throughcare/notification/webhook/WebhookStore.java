package org.throughcare.notification.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The endpoint and secret tables. */
@Repository
class WebhookStore {

    /** An endpoint's row; the view adds the organisation's name and the secrets. */
    record Endpoint(UUID id, UUID organisationId, String url, String description, List<String> eventTypes,
                    boolean enabled, String disabledBy, String disabledReason, Instant disabledAt, long version,
                    Instant createdAt) {
    }

    private final JdbcClient jdbc;

    WebhookStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Endpoint e) {
        jdbc.sql("""
                        insert into webhook_endpoint (id, organisation_id, url, description, event_types, enabled, version,
                          created_at) values (:id, :organisation, :url, :description, :types, true, 0, :at)""")
                .param("id", e.id()).param("organisation", e.organisationId()).param("url", e.url())
                .param("description", e.description()).param("types", String.join(",", e.eventTypes()))
                .param("at", Timestamp.from(e.createdAt())).update();
    }

    /** Whether the edit applied: false when the version it read is no longer the endpoint's. */
    boolean update(UUID id, String url, String description, List<String> types, long version) {
        return jdbc.sql("""
                        update webhook_endpoint set url = :url, description = :description, event_types = :types,
                          version = version + 1 where id = :id and version = :version""")
                .param("url", url).param("description", description).param("types", String.join(",", types))
                .param("id", id).param("version", version).update() == 1;
    }

    /** Switches an endpoint off; {@code by} is ADMINISTRATOR or RECEIVER. Returns false when it was off already. */
    boolean disable(UUID id, String by, String reason, Instant at) {
        return jdbc.sql("""
                        update webhook_endpoint set enabled = false, disabled_by = :by, disabled_reason = :reason,
                          disabled_at = :at, version = version + 1 where id = :id and enabled""")
                .param("by", by).param("reason", reason).param("at", Timestamp.from(at)).param("id", id).update() == 1;
    }

    boolean enable(UUID id) {
        return jdbc.sql("""
                        update webhook_endpoint set enabled = true, disabled_by = null, disabled_reason = null,
                          disabled_at = null, version = version + 1 where id = :id and not enabled""")
                .param("id", id).update() == 1;
    }

    Optional<Endpoint> endpoint(UUID id) {
        return jdbc.sql("select * from webhook_endpoint where id = :id").param("id", id).query(WebhookStore::endpoint)
                .optional();
    }

    List<Endpoint> all() {
        return jdbc.sql("select * from webhook_endpoint order by created_at, id").query(WebhookStore::endpoint).list();
    }

    /** The enabled endpoints of these organisations that want this kind of event. */
    List<UUID> listening(Collection<UUID> organisations, String eventType) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from webhook_endpoint where enabled and organisation_id in (:organisations)")
                .param("organisations", organisations).query(WebhookStore::endpoint).stream()
                .filter(e -> e.eventTypes().contains(eventType)).map(Endpoint::id).toList();
    }

    UUID addSecret(UUID endpoint, String secret, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into webhook_secret (id, endpoint_id, secret, fingerprint, created_at)
                        values (:id, :endpoint, :secret, :fingerprint, :at)""")
                .param("id", id).param("endpoint", endpoint).param("secret", secret)
                .param("fingerprint", fingerprint(secret)).param("at", Timestamp.from(at)).update();
        return id;
    }

    boolean retireSecret(UUID endpoint, UUID secret, Instant at) {
        return jdbc.sql("""
                        update webhook_secret set retired_at = :at
                        where id = :id and endpoint_id = :endpoint and retired_at is null""")
                .param("at", Timestamp.from(at)).param("id", secret).param("endpoint", endpoint).update() == 1;
    }

    List<WebhookEndpointView.Secret> secrets(UUID endpoint) {
        return jdbc.sql("""
                        select id, fingerprint, created_at, retired_at from webhook_secret where endpoint_id = :endpoint
                        order by created_at, id""")
                .param("endpoint", endpoint).query((rs, n) -> new WebhookEndpointView.Secret(rs.getObject(1, UUID.class),
                        rs.getString(2), instant(rs, 3), instant(rs, 4))).list();
    }

    /** The keys that sign now, oldest first. */
    List<String> activeSecrets(UUID endpoint) {
        return jdbc.sql("""
                        select secret from webhook_secret where endpoint_id = :endpoint and retired_at is null
                        order by created_at, id""")
                .param("endpoint", endpoint).query(String.class).list();
    }

    /** Bumps the version, so that an edit begun before a change of the endpoint's keys is stale. */
    void touch(UUID endpoint) {
        jdbc.sql("update webhook_endpoint set version = version + 1 where id = :id").param("id", endpoint).update();
    }

    static String fingerprint(String secret) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static Endpoint endpoint(ResultSet rs, int n) throws SQLException {
        String types = rs.getString("event_types");
        return new Endpoint(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getString("url"), rs.getString("description"),
                types == null || types.isBlank() ? List.of() : Arrays.asList(types.split(",")),
                rs.getBoolean("enabled"), rs.getString("disabled_by"), rs.getString("disabled_reason"),
                instant(rs, 9), rs.getLong("version"), instant(rs, 11));
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
