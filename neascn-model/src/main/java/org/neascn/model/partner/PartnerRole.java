package org.neascn.model.partner;

/** What a partner does for a network. One organisation may play several roles. */
public enum PartnerRole {
    /** Runs the network: admin of everything in it (WeGO for NEASCN). */
    SECRETARIAT,
    /** Another network of cities or governments that cooperates with this one. */
    NETWORK_PARTNER,
    /** Brings research, methods or training. */
    KNOWLEDGE_PARTNER,
    /** Lends, grants or invests in projects, or prepares them for finance. */
    FINANCING_PARTNER,
    /** Brings technology or services that projects use. */
    ENABLER
}
