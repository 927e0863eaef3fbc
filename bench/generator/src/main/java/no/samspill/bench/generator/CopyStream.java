package no.samspill.bench.generator;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * One table's COPY ... FROM STDIN on its own connection, fed row by row from a small buffer: nothing but the
 * current buffer is ever held in memory. Text format; values never contain tabs, newlines or backslashes.
 */
final class CopyStream implements AutoCloseable {

    private static final int FLUSH_AT = 256 * 1024;

    final String table;
    private final Connection connection;
    private final CopyIn copy;
    private final StringBuilder row = new StringBuilder(FLUSH_AT + 4096);
    private boolean first = true;
    long rows;

    CopyStream(Connection connection, String table, String columns) throws SQLException {
        this.table = table;
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + columns + ") FROM STDIN (FORMAT text)");
    }

    CopyStream col(String value) {
        sep();
        row.append(value == null ? "\\N" : value);
        return this;
    }

    CopyStream col(long value) {
        sep();
        row.append(value);
        return this;
    }

    CopyStream col(Object value) {
        return col(value == null ? null : value.toString());
    }

    private void sep() {
        if (first) {
            first = false;
        } else {
            row.append('\t');
        }
    }

    void end() throws SQLException {
        row.append('\n');
        first = true;
        rows++;
        if (row.length() >= FLUSH_AT) {
            flush();
        }
    }

    private void flush() throws SQLException {
        byte[] bytes = row.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        row.setLength(0);
    }

    long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
        connection.close();
    }
}
