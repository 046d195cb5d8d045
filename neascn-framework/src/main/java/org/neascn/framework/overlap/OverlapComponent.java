package org.neascn.framework.overlap;

/** One named part of the overlap between two plans; each has a weight in {@link OverlapSettings}. */
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
    CHALLENGES
}
