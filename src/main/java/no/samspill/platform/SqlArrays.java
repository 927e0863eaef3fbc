package no.samspill.platform;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

/**
 * One column of a multi-row statement as an SQL array, one element per row, for
 * {@code INSERT … SELECT … FROM unnest(?::uuid[], ?::text[], …)}: the batch goes in as one statement whatever its size.
 */
public final class SqlArrays {

    private SqlArrays() {
    }

    /** The values of {@code value} over {@code rows}, as an array of the SQL type {@code sqlType} (e.g. "uuid"). */
    public static <T> Array column(Connection con, String sqlType, List<T> rows, Function<? super T, ?> value)
            throws SQLException {
        return con.createArrayOf(sqlType, rows.stream().map(value).toArray());
    }
}
