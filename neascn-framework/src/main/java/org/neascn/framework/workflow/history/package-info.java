/**
 * The history of the network's records: the audit entry every write leaves (who, when, what,
 * to which record), field-level differences between two versions of any record, and the
 * timelines that read the trail per member and per initiative.
 */
package org.neascn.framework.workflow.history;
