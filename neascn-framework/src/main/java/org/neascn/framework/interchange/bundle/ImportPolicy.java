package org.neascn.framework.interchange.bundle;

/**
 * What an import does when the network it goes into already has records. There is no
 * silent overwrite: the person importing chooses.
 */
public enum ImportPolicy {
    /** Import only into an empty network; refuse otherwise. */
    REJECT,
    /** Add records with new identifiers, replace those whose identifier exists; keep the rest. */
    MERGE_BY_ID
}
