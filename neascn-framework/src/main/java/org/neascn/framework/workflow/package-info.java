/**
 * The network's everyday work as rules: who may move a plan, an initiative, a meeting's action
 * items or a framework consultation from one state to the next, and what each move leaves in
 * the audit trail. Every operation takes the current immutable record and an {@link
 * org.neascn.framework.workflow.Actor}, and either returns an {@link
 * org.neascn.framework.workflow.Outcome} (the new record and its audit entries) or throws a
 * {@link org.neascn.framework.workflow.WorkflowException} naming the rule that refused it;
 * nothing is ever half-changed. Persistence, transactions and authentication belong to the
 * caller: it maps its principal to an Actor and stores what comes back.
 */
package org.neascn.framework.workflow;
