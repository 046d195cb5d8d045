/**
 * The server's database: its schema (Flyway migrations, one set for H2 and PostgreSQL) and the
 * reference data a fresh database receives once.
 */
package org.neascn.server.database;
