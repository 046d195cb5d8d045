/**
 * Interchange: how a network's records leave and enter the system in the formats other
 * people use. Financiers read IATI activities and OC4IDS projects; city officers write their
 * action plans in spreadsheets; deployments move whole networks as one JSON bundle.
 *
 * <p>Every export is checked against the official schema before a byte of it leaves, and
 * every import is all-or-nothing: it either yields the complete records to store, or an
 * {@link org.neascn.framework.interchange.ImportRejectedException} listing every problem
 * where a person can find it. Inputs are read through {@link
 * org.neascn.framework.interchange.InputLimits}, so a hostile file costs bounded memory and time.
 */
package org.neascn.framework.interchange;
