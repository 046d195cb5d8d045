package org.neascn.framework.readiness;

import jakarta.json.bind.annotation.JsonbCreator;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.neascn.model.project.Stage;
import org.neascn.model.shared.Identifier;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;

/**
 * A readiness rubric: weighted criteria that together say how ready a project is for
 * finance. Rubrics are data files (JSON, the shape of this record); the library ships one after
 * the CCFLA definition of bankability and the C40 Cities Finance Facility criteria, and a
 * network may read its own instead.
 *
 * <p>Invariants: at least one criterion; criterion identifiers unique; every criterion's lens is
 * one of the rubric's lenses; a challenge category speaks of one criterion at most.
 *
 * @param bankableAt the rung from which a project is bankable: its evidence is what financiers
 *                   need to commit; what lies above (procurement, financial close) is what their
 *                   money brings. Transaction preparation when the file does not say.
 * @param lenses     the points of view some criteria belong to (the climate lens)
 */
public record Rubric(String id, LocalizedText name, String source, List<Criterion> criteria, Stage bankableAt,
        List<Lens> lenses) {

    private static final String STANDARD = "/org/neascn/framework/readiness/ccfla-c40-rubric.json";
    private static volatile Rubric standard;

    /** The canonical constructor, the one JSON binding uses. */
    @JsonbCreator
    public Rubric {
        Identifier.check(id, "id");
        Require.present(name, "name");
        criteria = Require.list(criteria, "criteria");
        Require.that(!criteria.isEmpty(), "criteria", "needs at least one criterion");
        Require.that(criteria.stream().map(Criterion::id).distinct().count() == criteria.size(), "criteria",
                "identifiers must be unique");
        bankableAt = bankableAt == null ? Stage.TRANSACTION_PREPARATION : bankableAt;
        lenses = Require.list(lenses, "lenses");
        Require.that(lenses.stream().map(Lens::id).distinct().count() == lenses.size(), "lenses",
                "identifiers must be unique");
        Set<String> categories = new HashSet<>();
        for (Criterion c : criteria) {
            if (c.lens() != null && lenses.stream().noneMatch(l -> l.id().equals(c.lens()))) {
                throw new InvalidValueException("criteria[" + c.id() + "].lens", "'" + c.lens()
                        + "' is not one of the rubric's lenses");
            }
            for (String category : c.challengeCategories()) {
                Require.that(categories.add(category), "criteria[" + c.id() + "].challengeCategories",
                        "'" + category + "' already speaks of another criterion");
            }
        }
    }

    public Rubric(String id, LocalizedText name, String source, List<Criterion> criteria) {
        this(id, name, source, criteria, null, List.of());
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
