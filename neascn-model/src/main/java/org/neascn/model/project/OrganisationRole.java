package org.neascn.model.project;

/** The part an organisation plays in a project, as the IATI OrganisationRole codelist names it. */
public enum OrganisationRole {
    FUNDING("1"),
    ACCOUNTABLE("2"),
    EXTENDING("3"),
    IMPLEMENTING("4");

    private final String iatiCode;

    OrganisationRole(String iatiCode) {
        this.iatiCode = iatiCode;
    }

    public String iatiCode() {
        return iatiCode;
    }
}
