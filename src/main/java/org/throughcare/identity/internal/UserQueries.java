package org.throughcare.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.throughcare.shared.PageRequest;
import org.throughcare.shared.ResultPage;

/** The administrator's list of accounts: search by name, username or e-mail, sorted, one page at a time. */
@Component
public class UserQueries {

    /** Sort keys the list offers, and the column each sorts by. Anything else sorts by name. */
    private static final Map<String, String> SORTS = Map.of("name", "display_name", "username", "username",
            "role", "role", "active", "enabled");

    private final JdbcClient jdbc;
    private final Users users;

    UserQueries(JdbcClient jdbc, Users users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    public static String sortKey(String sort) {
        return sort != null && SORTS.containsKey(sort) ? sort : "name";
    }

    public ResultPage<UserAccount> search(String q, String sort, boolean descending, PageRequest page) {
        String text = q == null ? "" : q.replaceAll("\\p{Cntrl}", "").strip();
        text = text.length() > 200 ? text.substring(0, 200) : text;
        String pattern = text.isEmpty() ? null
                : "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        String where = pattern == null ? "" : " where lower(username) like :q escape '\\' "
                + "or lower(display_name) like :q escape '\\' or lower(coalesce(email, '')) like :q escape '\\'";
        String order = SORTS.get(sortKey(sort)) + (descending ? " desc" : " asc") + ", username";
        var count = jdbc.sql("select count(*) from app_user" + where);
        var ids = jdbc.sql("select id from app_user" + where + " order by " + order + " limit :limit offset :offset")
                .param("limit", page.size()).param("offset", page.offset());
        if (pattern != null) {
            count = count.param("q", pattern);
            ids = ids.param("q", pattern);
        }
        long total = count.query(Long.class).single();
        List<UUID> found = ids.query(UUID.class).list();
        Map<UUID, UserAccount> byId = new HashMap<>();
        users.findAllById(found).forEach(account -> byId.put(account.id(), account));
        return new ResultPage<>(found.stream().map(byId::get).toList(), page.number(), page.size(), total);
    }

    /** Per username, how many source addresses are locked out now. */
    public Map<String, Long> lockedAddresses(Collection<String> usernames, Instant now) {
        Map<String, Long> locked = new HashMap<>();
        if (!usernames.isEmpty()) {
            jdbc.sql("select username, count(*) from login_failure where locked_until > :now and username in (:names) "
                            + "group by username")
                    .param("now", Timestamp.from(now)).param("names", usernames)
                    .query((rs, n) -> locked.put(rs.getString(1), rs.getLong(2))).list();
        }
        return locked;
    }

    /** An account some source address is locked out of now, with how many such addresses. */
    public record LockedAccount(UUID id, String displayName, String username, long addresses) {
    }

    /** The accounts locked out after failed logins now, most addresses first (guessed usernames are not accounts). */
    public List<LockedAccount> lockedAccounts(Instant now) {
        return jdbc.sql("""
                        select u.id, u.display_name, u.username, count(*) from login_failure f
                        join app_user u on u.username = f.username
                        where f.locked_until > :now
                        group by u.id, u.display_name, u.username
                        order by count(*) desc, u.display_name""")
                .param("now", Timestamp.from(now))
                .query((rs, n) -> new LockedAccount(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getLong(4))).list();
    }

    /** Ends every session of the account (Spring Session's table, which Flyway creates with ours). */
    public int endSessions(String username) {
        return jdbc.sql("delete from spring_session where principal_name = :username").param("username", username).update();
    }
}
