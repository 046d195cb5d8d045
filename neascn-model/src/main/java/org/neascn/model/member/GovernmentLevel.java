package org.neascn.model.member;

/**
 * The kind of local government a member is. A "municipality" directly under the central
 * government (Shanghai, Seoul, Ulaanbaatar) has the powers of a province, which matters for
 * borrowing and for who signs a financing agreement.
 */
public enum GovernmentLevel {
    /** A city or town under a province or region. */
    CITY,
    /** A capital or provincial-level city (a Chinese direct-administered municipality, Seoul). */
    METROPOLITAN,
    /** A province, prefecture, oblast or aimag. */
    REGION,
    /** A district or county inside a city. */
    DISTRICT,
    OTHER
}
