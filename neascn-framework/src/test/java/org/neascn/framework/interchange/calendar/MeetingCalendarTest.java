package org.neascn.framework.interchange.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import org.neascn.model.meeting.Meeting;
import org.neascn.model.meeting.MeetingId;
import org.neascn.model.reference.ReferenceData;
import org.neascn.model.reference.ReferenceDataSet;

class MeetingCalendarTest {

    private static final ReferenceDataSet NEASCN = ReferenceData.standard();
    private static final Meeting PRE_WORKSHOP = NEASCN.meeting(MeetingId.of("neascn-prews-2020-12-09")).orElseThrow();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);

    private final MeetingCalendar calendar = new MeetingCalendar(CLOCK);

    private String preWorkshop() {
        return calendar.write(PRE_WORKSHOP, 3, MeetingCalendar.Texts.of(Locale.LanguageRange.parse("ko,en;q=0.5"),
                person -> NEASCN.person(person).map(p -> p.name().originalText())),
                URI.create("https://network.example/networks/neascn/meetings/neascn-prews-2020-12-09"));
    }

    @Test
    void writesThePreWorkshopInSeoulTimeWithItsTimeZoneDefinition() {
        String ics = preWorkshop();
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"), ics);
        assertTrue(ics.contains("\r\nDTSTART;TZID=Asia/Seoul:20201209T150000\r\n"), ics);
        assertTrue(ics.contains("\r\nDTEND;TZID=Asia/Seoul:20201209T170000\r\n"), ics);
        assertTrue(ics.contains("\r\nBEGIN:VTIMEZONE\r\nTZID:Asia/Seoul\r\n"), ics);
        assertTrue(ics.contains("\r\nMETHOD:PUBLISH\r\n"), ics);
        assertTrue(ics.contains("\r\nLOCATION:Zoom\r\n"), ics);
    }

    @Test
    void namesTheSpeakersAndTheGuidingQuestions() {
        String unfolded = preWorkshop().replace("\r\n ", "");
        assertTrue(unfolded.contains("Nobutsugu Miyama"), unfolded);
        assertTrue(unfolded.contains("Guiding questions"), unfolded);
        assertTrue(unfolded.contains("SUMMARY;LANGUAGE=en:NEASCN Online Pre-Workshop"), unfolded);
    }

    @Test
    void foldsEveryLineAtSeventyFiveOctets() {
        for (String line : preWorkshop().split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
    }

    @Test
    void readsBackAsTheSameInstantsWithAStableUidAndTheVersionAsSequence() throws Exception {
        Calendar parsed = new CalendarBuilder().build(new StringReader(preWorkshop()));
        VEvent event = parsed.<VEvent>getComponent("VEVENT").orElseThrow();
        DtStart<?> start = event.<DtStart<?>>getProperty("DTSTART").orElseThrow();
        assertEquals(Instant.parse("2020-12-09T06:00:00Z"), ZonedDateTime.from(start.getDate()).toInstant());
        assertEquals("neascn-meeting-neascn-prews-2020-12-09@neascn", event.getUid().orElseThrow().getValue());
        assertEquals("3", event.getProperty("SEQUENCE").orElseThrow().getValue());
        assertEquals(Optional.of("https://network.example/networks/neascn/meetings/neascn-prews-2020-12-09"),
                event.getProperty("URL").map(u -> u.getValue()));
    }
}
