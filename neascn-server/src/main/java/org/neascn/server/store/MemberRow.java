package org.neascn.server.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A member's row: filtered by country, membership status and government level. */
@Entity
@Table(name = "members")
public class MemberRow extends StoredRecord {

    @Column(name = "country")
    public String country;

    @Column(name = "status")
    public String status;

    @Column(name = "government_level")
    public String level;
}
