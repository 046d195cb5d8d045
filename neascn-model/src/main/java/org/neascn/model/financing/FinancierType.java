package org.neascn.model.financing;

/**
 * The kind of institution a financier is. Each kind belongs to one of the groups the network's
 * first guiding question (which projects attract financing, publicly or privately) is answered by.
 */
public enum FinancierType {
    MULTILATERAL_DEVELOPMENT_BANK(Group.MULTILATERAL),
    BILATERAL_DFI(Group.BILATERAL),
    /** A country's own public development bank or fund, lending to projects at home. */
    PUBLIC_NATIONAL(Group.PUBLIC_NATIONAL),
    /** A multilateral climate fund (the Green Climate Fund, the Global Environment Facility). */
    CLIMATE_FUND(Group.CLIMATE_FUND),
    PROJECT_PREPARATION_FACILITY(Group.PROJECT_PREPARATION_FACILITY),
    COMMERCIAL_BANK(Group.PRIVATE),
    IMPACT_INVESTOR(Group.PRIVATE),
    PHILANTHROPY(Group.PRIVATE);

    /** The groups of financiers the network compares: public kinds one by one, private ones together. */
    public enum Group {
        MULTILATERAL,
        BILATERAL,
        PUBLIC_NATIONAL,
        PRIVATE,
        CLIMATE_FUND,
        PROJECT_PREPARATION_FACILITY;

        /** Whether the money is private (banks, investors, foundations) rather than public. */
        public boolean isPrivate() {
            return this == PRIVATE;
        }
    }

    private final Group group;

    FinancierType(Group group) {
        this.group = group;
    }

    public Group group() {
        return group;
    }
}
