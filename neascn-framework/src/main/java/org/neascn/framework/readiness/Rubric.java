package org.neascn.framework.readiness;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.neascn.model.shared.Identifier;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;

/**
 * A readiness rubric: weighted criteria that together say how ready a project is for
 * finance. Rubrics are data files (JSON, the shape of this record); the library ships one after
 * the CCFLA definition of bankability and the C40 Cities Finance Facility criteria, and a
 * network may read its own instead.
 *
 * <p>Invariants: at least one criterion; criterion identifiers unique.
 */
public record Rubric(String id, LocalizedText name, String source, List<Criterion> criteria) {

    private static final String STANDARD = "/org/neascn/framework/readiness/ccfla-c40-rubric.json";
    private static volatile Rubric standard;

    public Rubric {
        Identifier.check(id, "id");
        Require.present(name, "name");
        criteria = Require.list(criteria, "criteria");
        Require.that(!criteria.isEmpty(), "criteria", "needs at least one criterion");
        Require.that(criteria.stream().map(Criterion::id).distinct().count() == criteria.size(), "criteria",
                "identifiers must be unique");
    }

    public BigDecimal totalWeight() {
        return criteria.stream().map(Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The rubric shipped with the library (CCFLA bankability and C40 CFF criteria). */
    public static Rubric standard() {
        Rubric loaded = standard;
        if (loaded == null) {
            try (InputStream in = Rubric.class.getResourceAsStream(STANDARD)) {
                loaded = read(in, "rubric " + STANDARD);
            } catch (IOException e) {
                throw new RubricException("rubric " + STANDARD + ": " + e.getMessage(), e);
            }
            standard = loaded;
        }
        return loaded;
    }

    /** A network's own rubric from a file. */
    public static Rubric fromFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new RubricException(file + ": not readable: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a rubric from JSON.
     *
     * @param where names the source in error messages
     * @throws RubricException naming the source and the field that breaks a rule
     */
    public static Rubric read(InputStream in, String where) {
        return JsonFile.read(in, where, Rubric.class, RubricException::new);
    }
}
