package org.neascn.model.member;

/** Where a local government stands with the network. */
public enum MembershipStatus {
    /** In talks to join (Ulaanbaatar before the NEASCN inaugural meeting). */
    PROSPECTIVE,
    ACTIVE,
    SUSPENDED,
    FORMER
}
