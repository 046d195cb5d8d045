package org.neascn.server.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A person's row: filtered by organisation (member:id or partner:id). */
@Entity
@Table(name = "persons")
public class PersonRow extends StoredRecord {

    @Column(name = "organisation")
    public String organisation;
}
