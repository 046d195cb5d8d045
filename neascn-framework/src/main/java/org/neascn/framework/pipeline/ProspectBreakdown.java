package org.neascn.framework.pipeline;

import java.util.Map;
import org.neascn.model.shared.Require;

/**
 * The first guiding question answered for one scope (the whole network, or one country): the
 * figures of all its projects, and of each kind of project by focus area, concept (or SDG target
 * without a thesaurus), stage, size band, instrument sought and country. A project counts under
 * each of its focus areas, concepts and instruments.
 */
public record ProspectBreakdown(ProspectFigures total, Map<String, ProspectFigures> byFocusArea,
        Map<String, ProspectFigures> byConcept, Map<String, ProspectFigures> byStage,
        Map<String, ProspectFigures> bySizeBand, Map<String, ProspectFigures> byInstrument,
        Map<String, ProspectFigures> byCountry) {

    /** The kinds, as the report and its CSV name them, in the order of the fields. */
    public static final String[] DIMENSIONS = {"focusArea", "concept", "stage", "sizeBand", "instrument", "country"};

    public ProspectBreakdown {
        Require.present(total, "total");
        byFocusArea = Require.map(byFocusArea, "byFocusArea");
        byConcept = Require.map(byConcept, "byConcept");
        byStage = Require.map(byStage, "byStage");
        bySizeBand = Require.map(bySizeBand, "bySizeBand");
        byInstrument = Require.map(byInstrument, "byInstrument");
        byCountry = Require.map(byCountry, "byCountry");
    }

    /** The figures of one dimension, by the names of {@link #DIMENSIONS}. */
    public Map<String, ProspectFigures> dimension(String name) {
        return switch (name) {
            case "focusArea" -> byFocusArea;
            case "concept" -> byConcept;
            case "stage" -> byStage;
            case "sizeBand" -> bySizeBand;
            case "instrument" -> byInstrument;
            case "country" -> byCountry;
            default -> throw new IllegalArgumentException("no dimension " + name);
        };
    }
}
