package org.neascn.framework.interchange.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Language;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.neascn.model.meeting.AgendaItem;
import org.neascn.model.meeting.GuidingQuestion;
import org.neascn.model.meeting.Meeting;
import org.neascn.model.person.PersonId;
import org.neascn.model.shared.LocalizedText;

/**
 * A meeting as an iCalendar object (RFC 5545) that people add to their own calendars: one
 * {@code VEVENT} in the meeting's own time zone (with its {@code VTIMEZONE}, so 15:00 KST reads
 * as 15:00 KST in Seoul and 07:00 in London), the agenda with its speakers and the guiding
 * questions in the description, the platform or place as the location.
 *
 * <p>The event's {@code UID} is derived from the network and the meeting's id, and its
 * {@code SEQUENCE} is the record's version, so a calendar that imports the file again updates
 * the event it has instead of adding a second one. ical4j writes the text (escaping, line
 * folding at 75 octets, CRLF) and the time-zone definitions from its bundled tz database, and
 * validates the object before a byte is returned; nothing is fetched from the network.
 *
 * <pre>{@code
 * String ics = new MeetingCalendar(clock).write(meeting, version, MeetingCalendar.Texts.of(
 *         Locale.LanguageRange.parse("ko,en;q=0.8"), person -> names.get(person)), pageUri);
 * }</pre>
 */
public final class MeetingCalendar {

    /** The media type of what {@link #write} returns. */
    public static final String MEDIA_TYPE = "text/calendar";

    private static final ProdId PRODUCT = new ProdId("-//NEASCN Framework//Meetings//EN");

    private final Clock clock;

    public MeetingCalendar(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * How texts are chosen: the reader's languages in order of preference, and the display
     * name of a speaker or moderator (empty when the person register has none).
     */
    public record Texts(List<Locale.LanguageRange> languages, Function<PersonId, Optional<String>> person) {

        public Texts {
            languages = List.copyOf(Objects.requireNonNull(languages, "languages"));
            Objects.requireNonNull(person, "person");
        }

        public static Texts of(List<Locale.LanguageRange> languages, Function<PersonId, Optional<String>> person) {
            return new Texts(languages, person);
        }

        String of(LocalizedText text) {
            return text.bestFor(languages);
        }

        /** The language tag of the text {@link #of} picks, for the {@code LANGUAGE} parameter. */
        String languageOf(LocalizedText text) {
            String chosen = of(text);
            return text.texts().entrySet().stream().filter(e -> e.getValue().equals(chosen)).map(e -> e.getKey())
                    .findFirst().orElse(text.original());
        }
    }

    /**
     * The meeting as an iCalendar object.
     *
     * @param version the record's version, written as the event's {@code SEQUENCE}
     * @param page    where people read the meeting (written as {@code URL}), or null
     */
    public String write(Meeting meeting, long version, Texts texts, URI page) {
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        TimeZone zone = registry.getTimeZone(meeting.timeZone().getId());
        if (zone == null) {
            throw new IllegalArgumentException("timeZone: ical4j has no definition of " + meeting.timeZone());
        }
        VEvent event = new VEvent(meeting.startsAt(), meeting.endsAt(), texts.of(meeting.title()));
        event.replace(new Summary(new net.fortuna.ical4j.model.ParameterList(
                List.of(new Language(texts.languageOf(meeting.title())))), texts.of(meeting.title())));
        event.add(new Uid(meeting.network() + "-meeting-" + meeting.id() + "@neascn"));
        event.add(new DtStamp(clock.instant()));
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, Math.max(0, version))));
        event.add(new Categories(meeting.type().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        event.add(new Description(description(meeting, texts)));
        location(meeting, texts).ifPresent(location -> event.add(new Location(location)));
        URI link = page != null ? page : meeting.venue().link();
        if (link != null) {
            event.add(new Url(link));
        }

        Calendar calendar = new Calendar();
        calendar.add(PRODUCT);
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(zone.getVTimeZone());
        calendar.add(event);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("the iCalendar object of meeting " + meeting.id() + " is not valid: "
                    + e.getMessage(), e);
        }
        return out.toString();
    }

    private static Optional<String> location(Meeting meeting, Texts texts) {
        List<String> parts = new ArrayList<>();
        if (meeting.venue().place() != null) {
            parts.add(texts.of(meeting.venue().place()));
        }
        if (meeting.venue().platform() != null) {
            parts.add(meeting.venue().platform());
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
    }

    /** The description, the agenda (nested items indented) and the guiding questions as plain text. */
    private static String description(Meeting meeting, Texts texts) {
        StringBuilder text = new StringBuilder();
        if (meeting.description() != null) {
            text.append(texts.of(meeting.description())).append("\n\n");
        }
        if (!meeting.agenda().isEmpty()) {
            text.append("Agenda\n");
            meeting.agenda().forEach(item -> agenda(text, item, 0, texts));
        }
        if (!meeting.questions().isEmpty()) {
            text.append("\nGuiding questions\n");
            for (GuidingQuestion question : meeting.questions()) {
                text.append(question.code()).append(": ").append(texts.of(question.text())).append('\n');
            }
        }
        if (meeting.venue().link() != null) {
            text.append("\n").append(meeting.venue().link()).append('\n');
        }
        return text.toString().strip();
    }

    private static void agenda(StringBuilder text, AgendaItem item, int depth, Texts texts) {
        String indent = "  ".repeat(depth);
        text.append(indent).append("- ").append(texts.of(item.title())).append('\n');
        if (item.moderator() != null) {
            text.append(indent).append("  Moderator: ").append(name(item.moderator(), texts)).append('\n');
        }
        if (!item.speakers().isEmpty()) {
            text.append(indent).append("  Speakers: ")
                    .append(String.join(", ", item.speakers().stream().map(s -> name(s, texts)).toList()))
                    .append('\n');
        }
        item.parts().forEach(part -> agenda(text, part, depth + 1, texts));
    }

    private static String name(PersonId person, Texts texts) {
        return texts.person().apply(person).orElse(person.value());
    }
}
