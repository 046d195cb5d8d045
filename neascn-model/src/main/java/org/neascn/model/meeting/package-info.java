/**
 * Meetings of a network (workshops, webinars, the inaugural meeting, task force meetings):
 * their sessions and speakers, guiding questions, resources, and what they produce —
 * takeaways and tracked action items.
 */
package org.neascn.model.meeting;
