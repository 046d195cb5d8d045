package org.neascn.framework.workflow.consultation;

import org.neascn.model.consultation.ConsultationRound;
import org.neascn.model.consultation.FrameworkVersion;
import org.neascn.model.shared.Require;

/** A round just opened, and the version it consults on, now in consultation. */
public record OpenedRound(FrameworkVersion version, ConsultationRound round) {

    public OpenedRound {
        Require.present(version, "version");
        Require.present(round, "round");
    }
}
