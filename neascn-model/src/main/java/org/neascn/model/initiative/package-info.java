/**
 * Cooperation initiatives: two or more members working together on a theme that their action
 * plans share, with partners, milestones and a lifecycle from proposal to completion.
 */
package org.neascn.model.initiative;
