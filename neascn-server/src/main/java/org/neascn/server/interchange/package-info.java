/** Interchange: IATI and OC4IDS exports, the SCAP spreadsheet template, and whole-network bundles (issue 7). */
package org.neascn.server.interchange;
