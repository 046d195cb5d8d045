package org.neascn.server.financing;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.neascn.model.financing.FinancierProfile;
import org.neascn.server.api.RegisterResource;
import org.neascn.server.register.Register;
import org.neascn.server.register.Registers;

/** The network's financier register. Filters: type, instrument; sort: id, name, type. */
@Path("networks/{network}/financiers")
@Tag(name = "Financiers", description = "The network's financier and project-preparation profiles: what each funds, "
        + "on what terms, its eligibility rules as data, and the source, date and verification of every fact. Public "
        + "reads; the secretariat creates, changes and deletes. Filters: type, instrument; sort: id, name, type.")
public class FinancierResource extends RegisterResource<FinancierProfile> {

    @Override
    protected Register<FinancierProfile, ?> register() {
        return Registers.FINANCIERS;
    }
}
