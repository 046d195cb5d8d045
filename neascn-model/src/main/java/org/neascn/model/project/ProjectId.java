package org.neascn.model.project;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import org.neascn.model.shared.Identifier;
import org.neascn.model.shared.StringValueAdapter;

/** Identifies a priority project of a member. */
@JsonbTypeAdapter(ProjectId.Json.class)
public record ProjectId(String value) {

    public ProjectId {
        Identifier.check(value, "projectId");
    }

    public static ProjectId of(String value) {
        return new ProjectId(value);
    }

    public static ProjectId generate() {
        return new ProjectId(Identifier.generate());
    }

    @Override
    public String toString() {
        return value;
    }

    /** Travels in JSON as the bare identifier. */
    public static final class Json extends StringValueAdapter<ProjectId> {
        public Json() {
            super(ProjectId::new, ProjectId::value);
        }
    }
}
