package org.throughcare.directory.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Where the directory cannot help someone reach an agency: an organisation with nobody named, a contact with no way to reach them. */
@Repository
public class DirectoryGaps {

    public record Gap(UUID id, String name, String organisationName) {
    }

    private final JdbcClient jdbc;

    DirectoryGaps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Gap> organisationsWithoutContacts() {
        return jdbc.sql("""
                        select o.id, o.name from organisation o
                        where not exists (select 1 from contact c where c.organisation_id = o.id) order by o.name""")
                .query((rs, n) -> new Gap(rs.getObject(1, UUID.class), rs.getString(2), null)).list();
    }

    public List<Gap> contactsWithoutPhoneOrEmail() {
        return jdbc.sql("""
                        select c.id, c.full_name, o.name from contact c join organisation o on o.id = c.organisation_id
                        where coalesce(c.phone, '') = '' and coalesce(c.email, '') = '' order by o.name, c.full_name""")
                .query((rs, n) -> new Gap(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3))).list();
    }
}
