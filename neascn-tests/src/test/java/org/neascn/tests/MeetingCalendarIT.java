package org.neascn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** A meeting leaves the API as an iCalendar file (RFC 5545) that calendar programs import. */
class MeetingCalendarIT extends ServerIT {

    private static final String PRE_WORKSHOP = API + "meetings/neascn-prews-2020-12-09";

    @Test
    void thePreWorkshopIsAnEventInSeoulTimeForAnyone() {
        HttpResponse<String> ics = expect(200, anonymous().get(PRE_WORKSHOP + "/calendar.ics", "Accept", "text/calendar"));
        assertTrue(ics.headers().firstValue("Content-Type").orElseThrow().startsWith("text/calendar"), ics.headers().toString());
        assertTrue(ics.headers().firstValue("Content-Disposition").orElseThrow().contains("neascn-prews-2020-12-09.ics"));
        String body = ics.body();
        assertTrue(body.startsWith("BEGIN:VCALENDAR\r\n") && body.endsWith("END:VCALENDAR\r\n"), body);
        assertTrue(body.contains("\r\nDTSTART;TZID=Asia/Seoul:20201209T150000\r\n"), body);
        assertTrue(body.contains("\r\nBEGIN:VTIMEZONE\r\nTZID:Asia/Seoul\r\n"), body);
        assertTrue(body.replace("\r\n ", "").contains("/networks/neascn/meetings/neascn-prews-2020-12-09"), body);
    }

    @Test
    void theMeetingsAddressAnswersWithTheCalendarWhenAskedForIt() {
        HttpResponse<String> negotiated = expect(200, anonymous().get(PRE_WORKSHOP, "Accept", "text/calendar"));
        assertTrue(negotiated.body().contains("BEGIN:VEVENT"), negotiated.body());
        HttpResponse<String> json = expect(200, anonymous().get(PRE_WORKSHOP));
        assertTrue(json.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
    }

    @Test
    void anUnknownMeetingIsAProblemNotAnEmptyCalendar() {
        HttpResponse<String> missing = anonymous().get(API + "meetings/no-such-meeting/calendar.ics", "Accept",
                "text/calendar, application/problem+json");
        assertEquals(404, missing.statusCode(), missing.body());
        assertEquals("urn:neascn:problem:not-found", Http.object(missing).getString("type"));
    }
}
