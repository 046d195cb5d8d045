/**
 * Export to the Open Contracting for Infrastructure Data Standard (OC4IDS) 0.9: a project
 * package that infrastructure financiers and transparency portals read. Every project is
 * checked against the official JSON Schema before it is written.
 */
package org.neascn.framework.interchange.oc4ids;
