package org.neascn.server.database;

import java.time.Instant;

/**
 * One online backup of the embedded database: a zip of its files, consistent as of one moment,
 * in the server's backup directory.
 *
 * @param file    the file's name in the backup directory (the server chooses it; clients never name a path)
 * @param size    its size in bytes
 * @param takenAt when the backup was taken
 */
public record Backup(String file, long size, Instant takenAt) {
}
