/**
 * Sanctions regimes as rules in data (the UN Security Council regime on the DPRK by default)
 * and the exemptions that let a flagged project or initiative proceed.
 */
package org.neascn.model.sanctions;
