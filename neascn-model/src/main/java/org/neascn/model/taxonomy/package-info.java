/**
 * The network's shared vocabulary: focus areas (by default the six of the ASEAN Smart Cities
 * Framework), the Sustainable Development Goals and their targets, and the indicator
 * catalogue (after the ITU U4SSC key performance indicators). Plans that use the same codes
 * can be compared whatever language they are written in.
 */
package org.neascn.model.taxonomy;
