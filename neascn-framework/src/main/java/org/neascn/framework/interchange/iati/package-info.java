/**
 * Export to the IATI Activity Standard 2.03, the XML that development financiers publish and
 * read: one {@code iati-activity} per priority project and per cooperation initiative, each
 * checked against the official XML Schema before it is written.
 */
package org.neascn.framework.interchange.iati;
