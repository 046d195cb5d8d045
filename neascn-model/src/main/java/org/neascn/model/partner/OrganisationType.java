package org.neascn.model.partner;

/**
 * The kind of organisation a partner is. The IATI code is the nearest entry of the IATI
 * OrganisationType codelist, used when a project is exported for financiers.
 */
public enum OrganisationType {
    CITY_GOVERNMENT("11"),
    NATIONAL_AGENCY("10"),
    PUBLIC_CORPORATION("15"),
    REGIONAL_NETWORK("21"),
    INTERGOVERNMENTAL_SECRETARIAT("40"),
    MULTILATERAL_DEVELOPMENT_BANK("40"),
    BILATERAL_DEVELOPMENT_FINANCE("10"),
    THINK_TANK_OR_ACADEMIA("80"),
    NGO("22"),
    PRIVATE_COMPANY("70");

    private final String iatiCode;

    OrganisationType(String iatiCode) {
        this.iatiCode = iatiCode;
    }

    /** The code in the IATI OrganisationType codelist (2.03). */
    public String iatiCode() {
        return iatiCode;
    }
}
