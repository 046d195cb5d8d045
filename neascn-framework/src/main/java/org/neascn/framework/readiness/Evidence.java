package org.neascn.framework.readiness;

/**
 * What a rubric criterion reads from a project, its city and its country. The vocabulary is
 * closed so that a rubric file is data, not code; a network that needs evidence outside it
 * implements {@link ReadinessAssessor}.
 */
public enum Evidence {
    /** A completed document of one of the criterion's {@code documents} types. */
    DOCUMENT,
    /** The total cost is recorded. */
    TOTAL_COST,
    /** An implementing agency is named. */
    IMPLEMENTING_AGENCY,
    /** A revenue model (tariffs, fees, savings) is recorded. */
    REVENUE_MODEL,
    /** The implementing agency has a credit rating. */
    RATED_IMPLEMENTING_AGENCY,
    /** CCFLA: cash flows that cover costs, or implementation by a creditworthy public entity. */
    REVENUE_MODEL_OR_RATED_IMPLEMENTING_AGENCY,
    /** Some funding is secured. */
    SECURED_FUNDING,
    /** Secured funding covers the total cost (through supplied rates across currencies). */
    FUNDING_COVERS_COST,
    /** The financing instruments sought are recorded. */
    INSTRUMENTS_SOUGHT,
    /** An expected emission reduction above zero is estimated. */
    CLIMATE_BENEFIT,
    /** Expected outcomes (co-benefits) are recorded. */
    EXPECTED_OUTCOMES,
    /** Key enabling factors are recorded. */
    ENABLING_FACTORS,
    /** The implementation challenges are recorded. */
    CHALLENGES_RECORDED,
    /** The project is listed in the city's smart city action plan. */
    IN_ACTION_PLAN,
    /** The project names the SDG targets it serves. */
    SDG_TARGETS,
    /** A tangible infrastructure project: a site (coordinates or a place) or a DAC sector. */
    SITE_OR_SECTOR,
    /** Future plans (replication, scaling) are recorded. */
    FUTURE_PLANS,
    /** The project's country is on the criterion's {@code countryList}. */
    COUNTRY_IN_LIST
}
