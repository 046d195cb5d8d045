package org.neascn.framework.workflow.history;

/** The kinds of record whose changes the audit trail follows. */
public enum RecordType {
    SCAP,
    INITIATIVE,
    MEETING,
    ACTION_ITEM,
    FRAMEWORK_VERSION,
    CONSULTATION_ROUND,
    MEMBER,
    PARTNER,
    PERSON,
    PROJECT,
    FINANCIER,
    /** A suggested cooperation initiative, accepted or dismissed by the secretariat. */
    SUGGESTION
}
