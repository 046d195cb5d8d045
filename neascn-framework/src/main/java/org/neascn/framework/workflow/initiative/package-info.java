/**
 * The lifecycle of a cooperation initiative: proposed → endorsed → in preparation → seeking
 * financing → in implementation → completed, suspended or cancelled from any open state with
 * a reason, resumed from suspension; members joining and leaving, the lead handing over,
 * partners with roles. Every move toward financing passes the caller's {@link
 * org.neascn.framework.workflow.initiative.SanctionsCheck} first.
 */
package org.neascn.framework.workflow.initiative;
