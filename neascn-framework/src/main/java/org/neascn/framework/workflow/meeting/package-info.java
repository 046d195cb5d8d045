/**
 * What a meeting leaves behind: takeaways recorded by the secretariat, action items made
 * from a takeaway or straight from an agenda outcome (each with an owner, a due date and a
 * link to an initiative or project, as OpenProject turns agenda outcomes into tracked
 * to-dos), their progress, and the overdue ones per owner.
 */
package org.neascn.framework.workflow.meeting;
