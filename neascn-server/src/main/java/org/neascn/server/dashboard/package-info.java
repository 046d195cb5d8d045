/**
 * The figures a network's dashboard shows in one read: counts of the registers by the columns
 * people group them by, the focus-area mix, missing data, and recent activity, all from the
 * records the caller may read.
 */
package org.neascn.server.dashboard;
