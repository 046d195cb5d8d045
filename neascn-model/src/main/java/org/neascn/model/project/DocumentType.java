package org.neascn.model.project;

/**
 * The studies and documents a project preparation facility looks for before it moves a
 * project up the ladder.
 */
public enum DocumentType {
    CONCEPT_NOTE,
    PRE_FEASIBILITY_STUDY,
    FEASIBILITY_STUDY,
    ENVIRONMENTAL_AND_SOCIAL_IMPACT_ASSESSMENT,
    BUSINESS_CASE,
    FINANCIAL_MODEL,
    DETAILED_DESIGN,
    PROCUREMENT_PLAN,
    LAND_AND_PERMITS,
    OTHER
}
