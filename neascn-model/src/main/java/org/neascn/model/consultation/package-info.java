/**
 * The network's framework document and its consultation: versions (draft → in consultation
 * → adopted) made of sections, consultation rounds with a deadline, feedback anchored to a
 * section, and the task force's recorded disposition of every comment.
 */
package org.neascn.model.consultation;
