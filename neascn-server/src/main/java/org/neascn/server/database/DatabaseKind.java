package org.neascn.server.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** The database products the server runs on, told apart where their behaviour differs. */
public enum DatabaseKind {
    /** The embedded default: one server process, the database in its files. */
    H2,
    /** The production database: several servers may share one. */
    POSTGRESQL,
    OTHER;

    static DatabaseKind of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.startsWith("h2")) {
            return H2;
        }
        return product.startsWith("postgresql") ? POSTGRESQL : OTHER;
    }
}
