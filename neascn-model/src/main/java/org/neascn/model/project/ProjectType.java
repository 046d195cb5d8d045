package org.neascn.model.project;

/**
 * What a project does to its asset: builds a new one, or rehabilitates, replaces, expands or
 * decommissions an existing one (the OC4IDS projectType codelist, which is closed: a project
 * that does none of these records no type).
 */
public enum ProjectType {
    CONSTRUCTION,
    REHABILITATION,
    REPLACEMENT,
    EXPANSION,
    DECOMMISSIONING
}
