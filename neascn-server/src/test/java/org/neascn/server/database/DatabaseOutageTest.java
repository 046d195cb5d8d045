package org.neascn.server.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    private final List<String> lines = new ArrayList<>();
    private final Logger log = Logger.getLogger(DatabaseOutage.class.getName());
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record.getLevel() + " " + record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Instant now = Instant.parse("2026-12-02T14:00:00Z");
    private final DatabaseOutage outage = new DatabaseOutage(new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    });

    @BeforeEach
    void listen() {
        log.addHandler(handler);
    }

    @AfterEach
    void stopListening() {
        log.removeHandler(handler);
    }

    @Test
    void anOutageIsOneWarningAndOneLineWhenItEnds() {
        for (int i = 0; i < 200; i++) {
            outage.refused("PSQLException: database is not currently accepting connections");
            outage.unreachable("SQLException: refused");
            now = now.plusMillis(100);
        }
        outage.answered();
        outage.answered();
        assertEquals(2, lines.size(), lines::toString);
        assertTrue(lines.get(0).startsWith("WARNING The database does not answer (PSQLException"), lines::toString);
        assertTrue(lines.get(1).contains("answers again after 20000 ms; 200 request(s)"), lines::toString);
    }

    @Test
    void aLongOutageIsRecalledOnceAMinute() {
        for (int i = 0; i < 150; i++) {
            outage.refused("refused");
            now = now.plusSeconds(1);
        }
        assertEquals(3, lines.size(), lines::toString);
        assertTrue(lines.get(1).contains("has not answered since 2026-12-02T14:00:00Z"), lines::toString);
    }

    @Test
    void theNextOutageIsReportedAgain() {
        outage.refused("first");
        outage.answered();
        outage.refused("second");
        assertEquals(3, lines.size(), lines::toString);
        assertTrue(lines.get(2).contains("(second)"), lines::toString);
    }

    @Test
    void anExhaustedPoolIsOneWarningAMinuteAndNoOutage() {
        for (int i = 0; i < 90; i++) {
            outage.poolExhausted("J2CA0045E");
            now = now.plus(Duration.ofSeconds(1));
        }
        outage.answered();
        assertEquals(2, lines.size(), lines::toString);
        assertTrue(lines.get(0).contains("Every request connection to the database is in use"), lines::toString);
        assertTrue(lines.get(1).startsWith("WARNING 60 more request(s)"), lines::toString);
    }
}
