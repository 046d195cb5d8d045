package org.neascn.framework.interchange.geojson;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.neascn.model.member.Member;
import org.neascn.model.project.Project;
import org.neascn.model.shared.LocalizedText;

/**
 * Members and projects as one GeoJSON FeatureCollection (RFC 7946): a Point feature for each
 * record that has coordinates, in WGS 84 with longitude first as the RFC requires, and no
 * {@code crs} member (RFC 7946 dropped it). A record without coordinates cannot be drawn and is
 * left out; which records the caller may see is decided before they reach this class.
 *
 * <p>Properties are flat strings, as GIS tools read them best: {@code kind} (member or
 * project), {@code id}, {@code name} in the record's original language and {@code language}
 * naming it, then the codes a map is styled by (country, status, stage, financing status).
 *
 * <pre>{@code
 * GeoJsonExport.write(members, projects, response.getOutputStream());
 * }</pre>
 */
public final class GeoJsonExport {

    /** The media type RFC 7946 registers. */
    public static final String MEDIA_TYPE = "application/geo+json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private GeoJsonExport() {
    }

    /**
     * Writes the collection (UTF-8) to {@code out}; flushed, not closed.
     *
     * @return the number of features written
     */
    public static int write(List<Member> members, List<Project> projects, OutputStream out) {
        int count = 0;
        try {
            JsonGenerator gen = JSON.getFactory().createGenerator(out, JsonEncoding.UTF8);
            gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            gen.writeStartObject();
            gen.writeStringField("type", "FeatureCollection");
            gen.writeArrayFieldStart("features");
            for (Member m : members) {
                if (m.placed().isPresent()) {
                    feature(gen, m.placed().get().longitude(), m.placed().get().latitude());
                    properties(gen, "member", m.id().value(), m.name());
                    gen.writeStringField("country", m.country().value());
                    gen.writeStringField("level", m.level().name());
                    gen.writeStringField("status", m.status().name());
                    end(gen);
                    count++;
                }
            }
            for (Project p : projects) {
                if (p.location().latitude() != null) {
                    feature(gen, p.location().longitude(), p.location().latitude());
                    properties(gen, "project", p.id().value(), p.title());
                    gen.writeStringField("member", p.member().value());
                    if (p.plan() != null) {
                        gen.writeStringField("plan", p.plan().value());
                    }
                    gen.writeStringField("country", p.location().country().value());
                    gen.writeStringField("stage", p.stage().name());
                    gen.writeStringField("financingStatus", p.financingStatus().name());
                    end(gen);
                    count++;
                }
            }
            gen.writeEndArray();
            gen.writeEndObject();
            gen.flush();
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException("the GeoJSON export could not be written", e);
        }
    }

    private static void feature(JsonGenerator gen, double longitude, double latitude) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("type", "Feature");
        gen.writeObjectFieldStart("geometry");
        gen.writeStringField("type", "Point");
        gen.writeArrayFieldStart("coordinates");
        gen.writeNumber(longitude);
        gen.writeNumber(latitude);
        gen.writeEndArray();
        gen.writeEndObject();
    }

    private static void properties(JsonGenerator gen, String kind, String id, LocalizedText name) throws IOException {
        // A feature's id is unique in the collection only with its kind: a member and a project may share one.
        gen.writeStringField("id", kind + ":" + id);
        gen.writeObjectFieldStart("properties");
        gen.writeStringField("kind", kind);
        gen.writeStringField("id", id);
        gen.writeStringField("name", name.originalText());
        gen.writeStringField("language", name.original());
    }

    private static void end(JsonGenerator gen) throws IOException {
        gen.writeEndObject();
        gen.writeEndObject();
    }
}
