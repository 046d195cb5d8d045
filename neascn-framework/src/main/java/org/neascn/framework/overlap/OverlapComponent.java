package org.neascn.framework.overlap;

/**
 * One named part of the overlap between two plans; each has a weight in {@link OverlapSettings}.
 * Code components are Jaccard shares of the codes of the two plans; item components average, in
 * both directions, how well each target (or project) of one plan is matched by its best
 * counterpart in the other.
 */
public enum OverlapComponent {
    /** Focus areas of the taxonomy that both plans address (Jaccard share of their focus areas). */
    FOCUS_AREAS,
    /** SDG targets both plans serve (Jaccard share). */
    SDG_TARGETS,
    /** Catalogue indicator categories both plans measure (Air Quality, Transport; Jaccard share). */
    INDICATOR_CATEGORIES,
    /** How alike the strategic targets read: each target's best match on the other side, averaged both ways. */
    TARGET_TEXT,
    /** How alike the priority projects read (title and description), averaged the same way. */
    PROJECT_TEXT,
    /** Similar challenges: shared challenge categories or similar challenge texts, whichever is stronger. */
    CHALLENGES,
    /**
     * Concepts of the thesaurus that targets and projects speak of, in any language: each item's
     * best match on the other side by its concepts (a broader concept counts half), averaged
     * both ways like the texts.
     */
    CONCEPTS,
    /**
     * Indicators both plans measure (Jaccard share): the same catalogue code, or for an indicator
     * without one, the same name and unit once normalised.
     */
    INDICATORS
}
