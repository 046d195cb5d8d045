/**
 * Suggested cooperation initiatives: groups of three or more members whose plans overlap on
 * one focus area or SDG target, with the objectives and projects that match, the partners
 * already active on the theme, and the sanctions flags that apply. A suggestion is a starting
 * point for people to endorse, not an initiative: it becomes one through the initiative
 * lifecycle.
 */
package org.neascn.framework.overlap.theme;
