package org.throughcare.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.throughcare.audit.AuditEntry;

/**
 * Keeps access decisions whose transaction did not keep them: a refusal's transaction rolls back, and a
 * read-only transaction cannot write. Once the transaction has committed or rolled back, its connection is
 * still bound to the thread (Spring releases it after these callbacks), so the entries are written on it
 * in a short transaction of their own — never on a second connection, which under load could wait forever.
 * After a read-only commit a failure propagates, so the read does not reach its reader unaudited.
 */
public final class DecisionsKept implements TransactionSynchronization {

    private static final Logger log = LoggerFactory.getLogger(DecisionsKept.class);

    private final List<AuditEntry> decisions;
    private final boolean writtenInTransaction;
    private final AuditEntries entries;
    private final DataSource dataSource;

    public DecisionsKept(List<AuditEntry> decisions, boolean writtenInTransaction, AuditEntries entries,
                         DataSource dataSource) {
        this.decisions = decisions;
        this.writtenInTransaction = writtenInTransaction;
        this.entries = entries;
        this.dataSource = dataSource;
    }

    @Override
    public void afterCommit() {
        if (!writtenInTransaction) {
            writeOnTheTransactionsConnection();
        }
    }

    @Override
    public void afterCompletion(int status) {
        if (status != STATUS_ROLLED_BACK) {
            return;
        }
        try {
            writeOnTheTransactionsConnection();
        } catch (RuntimeException e) {
            // Only a database that has gone away gets here; the refusal still stands.
            log.error("{} access decisions of a rolled-back transaction could not be audited", decisions.size(), e);
        }
    }

    private void writeOnTheTransactionsConnection() {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            if (connection.getAutoCommit()) {
                entries.append(decisions);
                return;
            }
            if (connection.isReadOnly()) {
                connection.setReadOnly(false);
            }
            try {
                entries.append(decisions);
                connection.commit();
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Access decisions could not be audited", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
