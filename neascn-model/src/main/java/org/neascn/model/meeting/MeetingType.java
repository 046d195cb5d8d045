package org.neascn.model.meeting;

/** The kinds of meeting a network holds. */
public enum MeetingType { WORKSHOP, WEBINAR, INAUGURAL_MEETING, TASK_FORCE_MEETING, OTHER }
