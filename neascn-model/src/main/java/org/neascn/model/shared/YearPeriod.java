package org.neascn.model.shared;

/** A span of whole calendar years, both ends included: a plan for 2021–2025. */
public record YearPeriod(int startYear, int endYear) {

    public YearPeriod {
        Require.year(startYear, "startYear");
        Require.year(endYear, "endYear");
        Require.that(endYear >= startYear, "endYear",
                "must not be before startYear (" + endYear + " is before " + startYear + ")");
    }

    public boolean contains(int year) {
        return year >= startYear && year <= endYear;
    }

    @Override
    public String toString() {
        return startYear + "–" + endYear;
    }
}
