/**
 * The reference data a fresh network starts with, kept as JSON files and loaded through
 * {@link org.neascn.model.reference.ReferenceData}: countries, the default taxonomy, the
 * SDGs, the indicator catalogue, financier eligibility facts, sanctions regimes, and the
 * NEASCN network as its 2020 pre-workshop named it (organisations, people, the meeting).
 */
package org.neascn.model.reference;
