package org.neascn.server.register;

import org.neascn.framework.readiness.Rubric;
import org.neascn.model.financing.EligibilityRule;
import org.neascn.model.financing.FinancierProfile;
import org.neascn.model.reference.ReferenceData;
import org.neascn.model.reference.ReferenceDataSet;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.taxonomy.FocusAreaCode;

/**
 * What a financier profile names outside itself must exist before the register keeps it: the
 * country lists its rules stand on, the focus areas it funds, the readiness lenses it applies.
 * A rule naming a missing list would otherwise break matching for every project of the network.
 */
final class FinancierReferences {

    private static final ReferenceDataSet DATA = ReferenceData.standard();

    private FinancierReferences() {
    }

    static void check(FinancierProfile f) {
        for (int i = 0; i < f.rules().size(); i++) {
            EligibilityRule rule = f.rules().get(i);
            if (DATA.countryList(rule.countryList()).isEmpty()) {
                throw new InvalidValueException("rules[" + i + "].countryList", "no country list '" + rule.countryList()
                        + "'; the lists are " + String.join(", ", DATA.countryLists().stream().map(l -> l.id()).toList()));
            }
        }
        for (FocusAreaCode area : f.focusAreas()) {
            if (DATA.taxonomies().stream().noneMatch(t -> t.defines(area))) {
                throw new InvalidValueException("focusAreas", "'" + area.value() + "' is a focus area of no taxonomy");
            }
        }
        for (String lens : f.lenses()) {
            if (Rubric.standard().lenses().stream().noneMatch(l -> l.id().equals(lens))) {
                throw new InvalidValueException("lenses", "'" + lens + "' is not a lens of the readiness rubric");
            }
        }
    }
}
