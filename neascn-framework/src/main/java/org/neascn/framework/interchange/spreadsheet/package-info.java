/**
 * The smart city action plan as a spreadsheet: a template a city officer downloads, fills in
 * offline (vision, period, focus areas, targets with indicators, projects with cost and
 * stage) and uploads again, as XLSX or as CSV. Import is all-or-nothing: it returns the whole
 * plan with its projects, or every problem with its sheet, row and column.
 */
package org.neascn.framework.interchange.spreadsheet;
