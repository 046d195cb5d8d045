package org.neascn.model.financing;

/** The kind of institution a financier is. */
public enum FinancierType {
    MULTILATERAL_DEVELOPMENT_BANK,
    BILATERAL_DFI,
    PROJECT_PREPARATION_FACILITY,
    COMMERCIAL_BANK,
    IMPACT_INVESTOR,
    PHILANTHROPY
}
