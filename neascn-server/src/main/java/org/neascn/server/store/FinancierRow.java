package org.neascn.server.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A financier profile's row: filtered by type and instrument (instruments as |INSTRUMENT| tokens). */
@Entity
@Table(name = "financiers")
public class FinancierRow extends StoredRecord {

    @Column(name = "financier_type")
    public String type;

    @Column(name = "instruments")
    public String instruments;
}
