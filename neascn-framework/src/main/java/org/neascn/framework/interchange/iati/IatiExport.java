package org.neascn.framework.interchange.iati;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.stream.StreamSource;
import org.neascn.framework.interchange.InterchangeMappings;
import org.neascn.model.initiative.Initiative;
import org.neascn.model.project.Project;
import org.neascn.model.shared.InvalidValueException;

/**
 * Writes projects and cooperation initiatives as an IATI 2.03 {@code iati-activities}
 * document, one activity at a time, so an export of any size streams in bounded memory.
 *
 * <p>Each activity is checked against the official schema before it is written; an activity
 * the schema refuses stops the export with a {@link
 * org.neascn.framework.interchange.SchemaViolationException} (a server should then abort the
 * response rather than finish it). An export with no activity is refused before anything is
 * written, because the schema requires at least one.
 *
 * <pre>{@code
 * new IatiExport(publisher, sources, Clock.systemUTC())
 *         .write(projects.iterator(), initiatives.iterator(), response.getOutputStream());
 * }</pre>
 */
public final class IatiExport {

    /** The media type IATI data travels as. */
    public static final String MEDIA_TYPE = "application/xml";
    public static final String VERSION = "2.03";

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private final IatiPublisher publisher;
    private final Clock clock;
    private final ProjectActivity projectActivity;
    private final InitiativeActivity initiativeActivity;

    public IatiExport(IatiPublisher publisher, IatiSources sources, Clock clock) {
        if (publisher == null || sources == null || clock == null) {
            throw new IllegalArgumentException("an IATI export needs a publisher, sources and a clock");
        }
        this.publisher = publisher;
        this.clock = clock;
        InterchangeMappings mappings = InterchangeMappings.standard();
        this.projectActivity = new ProjectActivity(publisher, sources, mappings, java.time.LocalDate.now(clock));
        this.initiativeActivity = new InitiativeActivity(publisher, sources, mappings);
    }

    /** The globally unique IATI identifier: the publisher's identifier, the kind, the local one. */
    static String identifier(IatiPublisher publisher, String kind, String id) {
        return publisher.ref() + "-" + kind + "-" + id;
    }

    /** The IATI identifier this export gives a project. */
    public String identifierOf(Project project) {
        return identifier(publisher, "project", project.id().value());
    }

    /**
     * Writes every project, then every initiative, to {@code out} (UTF-8), checking each
     * activity against the schema. The stream is flushed, not closed.
     *
     * @return the number of activities written
     */
    public int write(Iterator<Project> projects, Iterator<Initiative> initiatives, OutputStream out) {
        int count = 0;
        IatiSchema.Checker checker = new IatiSchema.Checker();
        try {
            while (projects.hasNext()) {
                Project project = projects.next();
                emit(count++ == 0, render(project, checker), out);
            }
            while (initiatives.hasNext()) {
                Initiative initiative = initiatives.next();
                emit(count++ == 0, render(initiative, checker), out);
            }
            if (count == 0) {
                throw new InvalidValueException("activities",
                        "there is nothing to export: an IATI file holds at least one project or initiative");
            }
            out.write("</iati-activities>\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException("the IATI export could not be written", e);
        }
    }

    /** One project's activity as a checked, self-contained {@code iati-activities} document. */
    public byte[] document(Project project) {
        return wrap(render(project));
    }

    /** One initiative's activity as a checked, self-contained {@code iati-activities} document. */
    public byte[] document(Initiative initiative) {
        return wrap(render(initiative));
    }

    private byte[] render(Project project) {
        return render(project, new IatiSchema.Checker());
    }

    private byte[] render(Project project, IatiSchema.Checker checker) {
        byte[] activity = render(xml -> projectActivity.write(project, xml));
        check(activity, "IATI activity for project " + project.id(), checker);
        return activity;
    }

    private byte[] render(Initiative initiative) {
        return render(initiative, new IatiSchema.Checker());
    }

    private byte[] render(Initiative initiative, IatiSchema.Checker checker) {
        byte[] activity = render(xml -> initiativeActivity.write(initiative, xml));
        check(activity, "IATI activity for initiative " + initiative.id(), checker);
        return activity;
    }

    private interface ActivityWriter {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static byte[] render(ActivityWriter writer) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(buffer, "UTF-8");
            writer.write(xml);
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("an IATI activity could not be written", e);
        }
        return buffer.toByteArray();
    }

    private void check(byte[] activity, String what, IatiSchema.Checker checker) {
        InputStream document = new SequenceInputStream(java.util.Collections.enumeration(List.of(
                new ByteArrayInputStream(header().getBytes(StandardCharsets.UTF_8)),
                new ByteArrayInputStream(activity),
                new ByteArrayInputStream("</iati-activities>".getBytes(StandardCharsets.UTF_8)))));
        checker.check(new StreamSource(document), what);
    }

    private byte[] wrap(byte[] activity) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(activity.length + 200);
        out.writeBytes(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + header() + "\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(activity);
        out.writeBytes("\n</iati-activities>\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private void emit(boolean first, byte[] activity, OutputStream out) throws IOException {
        if (first) {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + header() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        out.write(activity);
        out.write('\n');
    }

    private String header() {
        return "<iati-activities version=\"" + VERSION + "\" generated-datetime=\""
                + OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "\">";
    }
}
