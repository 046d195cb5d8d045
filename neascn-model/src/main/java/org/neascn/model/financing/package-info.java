/**
 * Financing partners as a project sees them: the kind of financier, the instruments it
 * offers, the focus areas, sectors and stages it supports, its ticket size and the
 * eligibility rules a project must meet. Rules are data, so a network adds a financier
 * without code.
 */
package org.neascn.model.financing;
