package org.neascn.server.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.neascn.framework.interchange.calendar.MeetingCalendar;
import org.neascn.model.meeting.Meeting;
import org.neascn.model.person.PersonId;
import org.neascn.server.api.DisplayLanguage;
import org.neascn.server.register.RecordNotFoundException;
import org.neascn.server.register.RegisterService;
import org.neascn.server.register.Registers;
import org.neascn.server.register.Stored;

/**
 * A meeting as an iCalendar file, by the framework's {@link MeetingCalendar}: read with the
 * caller's rights like any record, speakers named from the person register in the reader's
 * language, and the meeting's page in the web application as the event's link.
 */
@ApplicationScoped
public class MeetingCalendars {

    private final MeetingCalendar calendar = new MeetingCalendar(Clock.systemUTC());

    @Inject
    RegisterService registers;

    /**
     * @param site the server's root as the caller reached it ({@code https://network.example/})
     */
    public String of(String network, String id, String acceptLanguage, URI site) {
        Stored<Meeting> meeting = registers.get(Registers.MEETINGS, network, id);
        List<Locale.LanguageRange> languages = DisplayLanguage.preferences(acceptLanguage);
        MeetingCalendar.Texts texts = MeetingCalendar.Texts.of(languages, person -> name(network, person, languages));
        URI page = site.resolve("networks/" + network + "/meetings/" + id);
        return calendar.write(meeting.record(), meeting.version(), texts, page);
    }

    private Optional<String> name(String network, PersonId person, List<Locale.LanguageRange> languages) {
        try {
            return Optional.of(registers.get(Registers.PERSONS, network, person.value()).record().name()
                    .bestFor(languages));
        } catch (RecordNotFoundException e) {
            return Optional.empty();
        }
    }
}
