package org.neascn.model.project;

/** A way of financing a project: what a city seeks and what a financier offers. */
public enum Instrument {
    GRANT,
    TECHNICAL_ASSISTANCE,
    CONCESSIONAL_LOAN,
    LOAN,
    EQUITY,
    GUARANTEE,
    BOND
}
