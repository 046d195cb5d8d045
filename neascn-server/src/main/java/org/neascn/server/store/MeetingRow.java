package org.neascn.server.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A meeting's row: filtered by meeting type, sorted by start (ISO local date-time). */
@Entity
@Table(name = "meetings")
public class MeetingRow extends StoredRecord {

    @Column(name = "meeting_type")
    public String type;

    @Column(name = "starts")
    public String starts;
}
