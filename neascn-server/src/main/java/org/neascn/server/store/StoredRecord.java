package org.neascn.server.store;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * The columns every aggregate's table shares: the record as a JSON document, its
 * optimistic-lock version, its owner for object-level authorization, whether anonymous readers
 * may see it, and the text that {@code q} searches. Subclasses add the columns their lists
 * filter and sort on; the document stays the single source of truth.
 */
@MappedSuperclass
public abstract class StoredRecord {

    @Id
    @Column(name = "record_key")
    private String recordKey;

    @Column(name = "network", nullable = false)
    private String network;

    @Column(name = "record_id", nullable = false)
    private String recordId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "document", nullable = false)
    private String document;

    @Column(name = "search_text", nullable = false)
    private String searchText;

    @Column(name = "sort_name", nullable = false)
    private String sortName;

    @Column(name = "owner_member")
    private String ownerMember;

    @Column(name = "owner_partner")
    private String ownerPartner;

    /** 1 when anonymous readers may see the record, 0 otherwise. */
    @Column(name = "public_record", nullable = false)
    private int publicRecord;

    /** The primary key: a record's identifier is unique within its network. */
    public static String key(String network, String id) {
        return network + "/" + id;
    }

    public void identify(String network, String id) {
        this.recordKey = key(network, id);
        this.network = network;
        this.recordId = id;
    }

    public void describe(String document, String searchText, String sortName) {
        this.document = document;
        this.searchText = searchText;
        this.sortName = sortName;
    }

    public void own(String ownerMember, String ownerPartner, boolean publicRecord) {
        this.ownerMember = ownerMember;
        this.ownerPartner = ownerPartner;
        this.publicRecord = publicRecord ? 1 : 0;
    }

    public String network() {
        return network;
    }

    public String recordId() {
        return recordId;
    }

    public long version() {
        return version;
    }

    public String document() {
        return document;
    }
}
