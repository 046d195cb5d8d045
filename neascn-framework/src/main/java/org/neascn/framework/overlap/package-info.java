/**
 * Overlap analysis across smart city action plans: how much two plans have in common (shared
 * focus areas, SDG targets and indicator categories, similar objectives, projects and
 * challenges), explained item by item; the plans each plan overlaps most with across a whole
 * network, kept current as plans change. Entry point: {@link org.neascn.framework.overlap.OverlapNetwork}.
 * Suggested cooperation initiatives built on these overlaps live in the {@code theme} package.
 */
package org.neascn.framework.overlap;
