package org.neascn.framework.interchange.iati;

import org.neascn.framework.interchange.Codelist;
import org.neascn.model.partner.Partner;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;

/**
 * The organisation that publishes a network's IATI data, usually its secretariat: its IATI
 * organisation identifier (which prefixes every activity identifier), its IATI organisation
 * type and its name.
 *
 * @param ref  the IATI organisation identifier, such as {@code XM-DAC-46004} for ADB; a
 *             network without a registered one uses a stable prefix of its own
 * @param type a code of the IATI OrganisationType codelist
 */
public record IatiPublisher(String ref, String type, LocalizedText name) {

    public IatiPublisher {
        ref = Require.text(ref, "ref");
        Require.that(ref.matches("[A-Za-z0-9][A-Za-z0-9._-]*"), "ref",
                "'" + ref + "' is not an IATI organisation identifier (letters, digits, '.', '_' and '-')");
        Codelist.iati("OrganisationType").require(type, "type");
        Require.present(name, "name");
    }

    /** A partner (the secretariat) as publisher, under the given IATI organisation identifier. */
    public static IatiPublisher of(Partner partner, String ref) {
        if (partner == null) {
            throw new InvalidValueException("publisher", "is required");
        }
        return new IatiPublisher(ref, partner.type().iatiCode(), partner.name());
    }
}
