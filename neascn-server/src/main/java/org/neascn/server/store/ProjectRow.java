package org.neascn.server.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A project's row: filtered by member, plan, stage, country, financing status and focus area. */
@Entity
@Table(name = "projects")
public class ProjectRow extends StoredRecord {

    @Column(name = "member")
    public String member;

    @Column(name = "plan")
    public String plan;

    @Column(name = "stage")
    public String stage;

    @Column(name = "stage_rank")
    public int stageRank;

    @Column(name = "country")
    public String country;

    @Column(name = "financing_status")
    public String financingStatus;

    @Column(name = "focus_areas")
    public String focusAreas;
}
