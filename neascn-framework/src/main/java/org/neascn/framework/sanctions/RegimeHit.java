package org.neascn.framework.sanctions;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.Optional;
import org.neascn.model.sanctions.SanctionsExemption;
import org.neascn.model.sanctions.SanctionsRegime;
import org.neascn.model.shared.Require;

/**
 * A regime that applies to the screened subject through one involvement, with the exemption
 * that lets it proceed if one is recorded and valid on the screening day.
 *
 * @param exemption the valid exemption for this regime, if any
 * @param explanation which rule applied and why, in words a compliance officer reads
 */
public record RegimeHit(SanctionsRegime regime, Involvement involvement, Optional<SanctionsExemption> exemption,
        String explanation) {

    public RegimeHit {
        Require.present(regime, "regime");
        Require.present(involvement, "involvement");
        Require.present(exemption, "exemption");
        explanation = Require.text(explanation, "explanation");
    }

    // JSON-B names a record's isX() "isX"; the API documents the property as the schema and web app read it.
    @JsonbProperty("exempted")
    public boolean isExempted() {
        return exemption.isPresent();
    }
}
