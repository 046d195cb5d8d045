/**
 * The smart city action plan (SCAP) of a member: a vision, focus areas, strategic targets
 * measured by indicators, and the priority projects that deliver them (ASEAN Smart Cities
 * Network structure, adopted by WeGO). Plans move from draft to published and are then
 * superseded by the next version.
 */
package org.neascn.model.scap;
