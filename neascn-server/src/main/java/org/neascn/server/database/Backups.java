package org.neascn.server.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.neascn.server.register.AccessPolicy;
import org.neascn.server.security.CurrentCaller;

/**
 * Online backups of the embedded database, taken by the server itself while it serves: H2 allows
 * one process on its file, so no other program can copy it while the server runs. H2's
 * {@code BACKUP TO} writes the database's files into a zip as of one moment (its multi-version
 * store lets writers go on meanwhile); restoring is unzipping that file into an empty data
 * directory before a server starts on it (README, "Durability and backups").
 *
 * <p>The directory is the operator's ({@code NEASCN_BACKUP_DIR}, by default {@code backups} in the
 * server's output directory, where Liberty runs the JVM), the file name the server's: a client
 * names no path. PostgreSQL is not copied here: {@code pg_dump} backs it up while the servers run,
 * and a copy taken through one server would pretend to be more than it is.
 */
@ApplicationScoped
public class Backups {

    private static final Logger LOG = Logger.getLogger(Backups.class.getName());
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    @Inject
    DatabaseSetup database;

    @Inject
    CurrentCaller caller;

    @Inject
    AccessPolicy access;

    @Inject
    @ConfigProperty(name = "neascn.backup.dir")
    Optional<String> directory;

    private final Clock clock = Clock.systemUTC();

    /** Takes a backup now, for the secretariat; one at a time, so that two in the same millisecond do not share a name. */
    public synchronized Backup take() {
        access.checkBackup(caller.actor());
        if (database.kind() != DatabaseKind.H2) {
            throw new BackupUnsupportedException("The server's database is "
                    + (database.kind() == DatabaseKind.POSTGRESQL ? "PostgreSQL" : "not the embedded one")
                    + ", which the server does not copy itself: back it up with the database's own tools (PostgreSQL: pg_dump -Fc, "
                    + "which reads one consistent snapshot while the servers run; README, \"Durability and backups\")");
        }
        Path target = directory();
        Instant now = clock.instant();
        Path file = target.resolve("neascn-" + NAME.format(now) + ".zip");
        try (Connection connection = database.direct().getConnection();
                Statement statement = connection.createStatement()) {
            // The path is the server's own (its configured directory, a name of digits): quoting it suffices.
            statement.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
            Backup backup = new Backup(file.getFileName().toString(), Files.size(file), now);
            LOG.info(() -> "Embedded database backed up to " + file + " (" + backup.size() + " bytes)");
            return backup;
        } catch (SQLException e) {
            throw new IllegalStateException("The embedded database could not be backed up to " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path directory() {
        Path target = Path.of(directory.filter(d -> !d.isBlank()).map(String::strip).orElse("backups")).toAbsolutePath();
        try {
            return Files.createDirectories(target);
        } catch (IOException e) {
            throw new UncheckedIOException("The backup directory " + target + " cannot be created", e);
        }
    }
}
