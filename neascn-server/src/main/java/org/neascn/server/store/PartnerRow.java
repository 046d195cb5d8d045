package org.neascn.server.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A partner's row: filtered by organisation type and role (roles as |ROLE| tokens). */
@Entity
@Table(name = "partners")
public class PartnerRow extends StoredRecord {

    @Column(name = "organisation_type")
    public String type;

    @Column(name = "roles")
    public String roles;
}
