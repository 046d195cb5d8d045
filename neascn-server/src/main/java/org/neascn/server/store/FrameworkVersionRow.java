package org.neascn.server.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A framework version's row: filtered by status, sorted by number. */
@Entity
@Table(name = "framework_versions")
public class FrameworkVersionRow extends StoredRecord {

    @Column(name = "status")
    public String status;

    @Column(name = "version_number")
    public int number;
}
