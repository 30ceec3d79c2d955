package org.haven.store.internal;

import java.util.function.Supplier;
import org.haven.store.Snapshots;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Component
class JdbcSnapshots implements Snapshots {

    private final JdbcTemplate jdbc;
    private final PlatformTransactionManager transactions;
    private volatile TransactionTemplate snapshot;

    JdbcSnapshots(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public <T> T read(Supplier<T> reads) {
        return template().execute(status -> reads.get());
    }

    private TransactionTemplate template() {
        TransactionTemplate held = snapshot;
        if (held == null) {
            Dialect dialect = jdbc.execute((ConnectionCallback<Dialect>) Dialect::of);
            held = new TransactionTemplate(transactions);
            held.setReadOnly(true);
            held.setIsolationLevel(java.util.Objects.requireNonNull(dialect).snapshotIsolation());
            snapshot = held;
        }
        return held;
    }
}
