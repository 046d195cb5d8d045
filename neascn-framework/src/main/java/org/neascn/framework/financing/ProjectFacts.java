package org.neascn.framework.financing;

import java.util.BitSet;
import java.util.Map;
import org.neascn.model.financing.CountryList;
import org.neascn.model.project.Instrument;
import org.neascn.model.project.Project;
import org.neascn.model.taxonomy.FocusAreaCode;

/**
 * What matching reads from one project, worked out once and shared by every financier's
 * checks: the country's standing on each list, the amount still sought, and the instruments
 * and focus areas as bits, so that a check against 200 financiers is a few integer operations
 * each rather than set walks. Immutable once made, so reasons may be composed on any thread.
 */
final class ProjectFacts {

    final Project project;
    final CountryList.Standing[] standings;
    final AmountSought sought;
    /** A bit per {@link Instrument} ordinal the project seeks. */
    final long instruments;
    /** A bit per focus area, numbered by the matcher, that the project is filed under. */
    final BitSet focusAreas;

    ProjectFacts(Project project, CountryList.Standing[] standings, AmountSought sought,
            Map<FocusAreaCode, Integer> focusIndex) {
        this.project = project;
        this.standings = standings;
        this.sought = sought;
        this.instruments = bits(project.instrumentsSought());
        this.focusAreas = new BitSet(focusIndex.size());
        for (FocusAreaCode f : project.focusAreas()) {
            Integer bit = focusIndex.get(f);
            if (bit != null) {
                focusAreas.set(bit);
            }
        }
    }

    static long bits(Iterable<Instrument> instruments) {
        long bits = 0;
        for (Instrument i : instruments) {
            bits |= 1L << i.ordinal();
        }
        return bits;
    }
}
