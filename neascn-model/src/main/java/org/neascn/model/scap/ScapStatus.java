package org.neascn.model.scap;

/**
 * Where a plan is in its lifecycle: draft → submitted → returned for revision | published →
 * superseded. Published plans are public; drafts are seen only by their member and the
 * secretariat.
 */
public enum ScapStatus {
    DRAFT,
    SUBMITTED,
    RETURNED_FOR_REVISION,
    PUBLISHED,
    SUPERSEDED;

    /** Whether anonymous readers may see a plan in this state. */
    public boolean isPublic() {
        return this == PUBLISHED || this == SUPERSEDED;
    }
}
