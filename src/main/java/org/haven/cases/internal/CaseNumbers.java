package org.haven.cases.internal;

import java.sql.DatabaseMetaData;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;

/** The {@code case_number} sequence, read the way the database in use reads a sequence. */
final class CaseNumbers {

    private CaseNumbers() {}

    static DataFieldMaxValueIncrementer of(DataSource dataSource) {
        String product;
        try {
            product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("cannot tell which database Haven is connected to", e);
        }
        return product.toLowerCase(Locale.ROOT).contains("postgres")
                ? new PostgresSequenceMaxValueIncrementer(dataSource, "case_number")
                : new H2SequenceMaxValueIncrementer(dataSource, "case_number");
    }
}
