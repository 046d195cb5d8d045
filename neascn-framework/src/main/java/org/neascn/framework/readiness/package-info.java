/**
 * Bankability readiness of a project: a rubric of weighted criteria, each reading one piece
 * of evidence from the project (a completed study, a revenue model or a rated implementer, a
 * climate benefit, the city's plan, the country's standing on a list) and each tied to the rung
 * of the stage ladder at which financiers expect it. An assessment gives a score, the rung the
 * evidence supports, the gaps to the next rung and to every rung up to bankable in plain words
 * (with the city's recorded challenges quoted in the gaps they speak of), the lenses that applied
 * (the climate lens asks for an emission estimate only of climate-related projects, or for a
 * climate financier), and findings about contradictory or missing data.
 *
 * <p>Extension point: a network replaces the default rubric (after the CCFLA definition of
 * bankability and the C40 Cities Finance Facility criteria) with its own rubric file, read by
 * {@link org.neascn.framework.readiness.Rubric#read}, without code; or implements
 * {@link org.neascn.framework.readiness.ReadinessAssessor} for a method a rubric cannot express.
 */
package org.neascn.framework.readiness;
