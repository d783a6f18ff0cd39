package org.throughcare.notification.mail;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.throughcare.notification.MailChoice;

/** Each user's e-mail choice; no row means the defaults (immediate, the deployment's language). */
@Repository
public class MailChoices {

    private final JdbcClient jdbc;

    MailChoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<MailChoice> of(UUID user) {
        return jdbc.sql("select choice, language, version from notice_mail_choice where user_id = :user")
                .param("user", user)
                .query((rs, n) -> new MailChoice(MailChoice.Frequency.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getLong(3))).optional();
    }

    /**
     * Saves the choice if nobody saved one since {@code choice.version()} was read; the database decides, so two
     * saves of the same version leave one. Returns whether it was saved.
     */
    public boolean save(UUID user, MailChoice choice, Instant at) {
        var statement = choice.version() == 0
                ? jdbc.sql("""
                        insert into notice_mail_choice (user_id, choice, language, version, updated_at)
                        values (:user, :choice, :language, 1, :at) on conflict do nothing""")
                : jdbc.sql("""
                        update notice_mail_choice set choice = :choice, language = :language, version = version + 1,
                          updated_at = :at where user_id = :user and version = :version""")
                        .param("version", choice.version());
        return statement.param("user", user).param("choice", choice.frequency().name())
                .param("language", choice.language()).param("at", Timestamp.from(at)).update() == 1;
    }
}
