/**
 * Monitoring a plan's indicators: measurements entered by the member and approved or
 * returned by the secretariat (the indicator-update flow of Akvo RSR), the progress of each
 * indicator from its baseline towards its target (on track, at risk, off track), and that
 * progress rolled up per strategic target, per focus area and per member.
 */
package org.neascn.framework.workflow.monitoring;
