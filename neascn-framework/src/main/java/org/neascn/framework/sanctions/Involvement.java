package org.neascn.framework.sanctions;

import org.neascn.model.shared.CountryCode;
import org.neascn.model.shared.Require;

/**
 * One way a project or initiative touches a country: it is located there, or a member from
 * there takes part. Screening checks every involvement against every regime.
 *
 * @param how in plain words: "the project is located in KP", "member pyongyang (KP) participates"
 */
public record Involvement(CountryCode country, String how) {

    public Involvement {
        Require.present(country, "country");
        how = Require.text(how, "how");
    }
}
