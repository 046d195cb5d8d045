package org.neascn.framework.interchange.oc4ids;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Function;
import org.neascn.model.scap.Scap;
import org.neascn.model.scap.ScapId;
import org.neascn.framework.interchange.InterchangeMappings;
import org.neascn.framework.interchange.LastChanges;
import org.neascn.framework.interchange.OrganisationDirectory;
import org.neascn.model.project.Project;
import org.neascn.model.shared.InvalidValueException;

/**
 * Writes priority projects as an OC4IDS 0.9 project package, one project at a time, each
 * checked against the official JSON Schema before it is written. A package needs at least
 * one project, so an empty export is refused before anything is written.
 *
 * <pre>{@code
 * new Oc4idsExport(publisher, organisations, Clock.systemUTC())
 *         .writePackage(projects.iterator(), response.getOutputStream());
 * }</pre>
 */
public final class Oc4idsExport {

    public static final String MEDIA_TYPE = "application/json";
    public static final String VERSION = "0.9";

    private final Oc4idsPublisher publisher;
    private final Clock clock;
    private final Oc4idsProject mapper;
    private final ObjectMapper json = new ObjectMapper();

    public Oc4idsExport(Oc4idsPublisher publisher, OrganisationDirectory organisations, Clock clock) {
        this(publisher, organisations, plan -> Optional.empty(), clock);
    }

    /**
     * An export that also dates each project by its plan's period ({@code period}), as the IATI
     * export does; {@code plans} finds the plans the reader may see.
     */
    public Oc4idsExport(Oc4idsPublisher publisher, OrganisationDirectory organisations,
            Function<ScapId, Optional<Scap>> plans, Clock clock) {
        this(publisher, organisations, plans, LastChanges.NONE, clock);
    }

    /**
     * An export that also says when each project last changed ({@code updated}), from {@code
     * lastChanges}; a project whose last change is unknown gets no {@code updated}.
     */
    public Oc4idsExport(Oc4idsPublisher publisher, OrganisationDirectory organisations,
            Function<ScapId, Optional<Scap>> plans, LastChanges lastChanges, Clock clock) {
        if (publisher == null || organisations == null || plans == null || lastChanges == null || clock == null) {
            throw new IllegalArgumentException("an OC4IDS export needs a publisher, organisations, plans, last changes"
                    + " and a clock");
        }
        this.publisher = publisher;
        this.clock = clock;
        this.mapper = new Oc4idsProject(publisher, organisations, plans, lastChanges, InterchangeMappings.standard());
    }

    /** One project in OC4IDS, checked against the schema. */
    public ObjectNode project(Project project) {
        ObjectNode node = mapper.toJson(project);
        Oc4idsSchema.validateProject(node, "OC4IDS project " + project.id());
        return node;
    }

    /**
     * Writes a project package (UTF-8 JSON) to {@code out}; flushed, not closed.
     *
     * @return the number of projects written
     */
    public int writePackage(Iterator<Project> projects, OutputStream out) {
        if (!projects.hasNext()) {
            throw new InvalidValueException("projects",
                    "there is nothing to export: an OC4IDS package holds at least one project");
        }
        int count = 0;
        try {
            JsonGenerator gen = json.getFactory().createGenerator(out, JsonEncoding.UTF8);
            gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            gen.writeStartObject();
            gen.writeStringField("uri", publisher.packageUri().toString());
            gen.writeStringField("publishedDate", OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS)
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            gen.writeObjectFieldStart("publisher");
            gen.writeStringField("name", publisher.name());
            gen.writeEndObject();
            gen.writeStringField("version", VERSION);
            gen.writeArrayFieldStart("projects");
            while (projects.hasNext()) {
                json.writeTree(gen, project(projects.next()));
                count++;
            }
            gen.writeEndArray();
            gen.writeEndObject();
            gen.flush();
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException("the OC4IDS export could not be written", e);
        }
    }
}
