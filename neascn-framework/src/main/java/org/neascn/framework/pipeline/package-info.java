/**
 * The network's project pipeline as a whole: counts and sums by stage, country, focus area
 * and financing status, the financing gap (investment needed minus secured) converted only
 * through supplied, dated exchange rates, and the common financing challenges cities face,
 * normalised to a taxonomy and reported by frequency, country and stage (the seed's Q2).
 */
package org.neascn.framework.pipeline;
