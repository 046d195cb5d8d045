/** Overlaps across the network's action plans and the cooperation initiatives they suggest (issue 4). */
package org.neascn.server.overlap;
