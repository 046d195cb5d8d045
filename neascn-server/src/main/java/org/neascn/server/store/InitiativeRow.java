package org.neascn.server.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An initiative's row: filtered by status and participating member (|id| tokens). */
@Entity
@Table(name = "initiatives")
public class InitiativeRow extends StoredRecord {

    @Column(name = "status")
    public String status;

    @Column(name = "members")
    public String members;
}
