/**
 * The framework document's consultation: the task force (the secretariat) edits a draft,
 * opens a consultation round with a deadline, members and partners comment on sections while
 * the round is open, the task force records a disposition for every comment, closes the
 * round, and adopts the version, which freezes it.
 */
package org.neascn.framework.workflow.consultation;
