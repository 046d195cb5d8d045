package org.neascn.model.taxonomy;

import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;

/** One target of a Sustainable Development Goal, with its official wording. */
public record SdgTarget(SdgTargetCode code, LocalizedText text) {

    public SdgTarget {
        Require.present(code, "code");
        Require.present(text, "text");
    }
}
