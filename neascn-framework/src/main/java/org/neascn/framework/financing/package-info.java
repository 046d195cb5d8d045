/**
 * Financier matching: for a project, the financiers whose rules it meets (country
 * eligibility against named country lists, stage window, ticket size, instrument, focus area,
 * sector), ranked by fit, each with the reason for every rule, and for near misses the one rule
 * that excluded it. Money in different currencies is compared only through exchange rates the
 * caller supplies, each dated; without one the comparison is reported as not made.
 */
package org.neascn.framework.financing;
