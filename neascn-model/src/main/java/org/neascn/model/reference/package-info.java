/**
 * The reference data a fresh network starts with, kept as JSON files and loaded through
 * {@link org.neascn.model.reference.ReferenceData}: countries, the default taxonomy, the
 * SDGs with all 169 targets, the indicator catalogue, financier eligibility facts, sanctions
 * regimes, the NEASCN network as its 2020 pre-workshop named it (organisations, people, the
 * meeting) and the ASEAN Smart Cities Network. A network is data: a directory of the same files,
 * which {@link org.neascn.model.reference.NetworkCatalogue} hosts beside the shipped networks.
 */
package org.neascn.model.reference;
