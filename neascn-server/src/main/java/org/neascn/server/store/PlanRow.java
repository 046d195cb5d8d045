package org.neascn.server.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A smart city action plan's row: filtered by member, status and focus area (|code| tokens). */
@Entity
@Table(name = "plans")
public class PlanRow extends StoredRecord {

    @Column(name = "member")
    public String member;

    @Column(name = "status")
    public String status;

    @Column(name = "plan_version")
    public int planVersion;

    @Column(name = "focus_areas")
    public String focusAreas;
}
