package org.throughcare.identity.internal;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions in the database, written so that parallel requests of one browser (htmx loads a panel while the
 * page loads, a user opens several tabs) may each add the same attribute: the first write of an attribute
 * (the CSRF token on a new session's first page, say) is an upsert, where the plain insert of one of them
 * failed on the primary key and that request answered 500.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    private static final String H2_UPSERT = """
            MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)""";

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> attributesWrittenOnceInParallel(DataSource dataSource)
            throws MetaDataAccessException {
        String database = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        if ("PostgreSQL".equals(database)) {
            return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        }
        if ("H2".equals(database)) {
            return repository -> repository.setCreateSessionAttributeQuery(H2_UPSERT);
        }
        // The application runs on PostgreSQL and H2 only; elsewhere the repository's own insert stays.
        return repository -> {
        };
    }
}
