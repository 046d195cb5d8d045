package org.neascn.server.partner;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.neascn.model.partner.Partner;
import org.neascn.server.api.RegisterResource;
import org.neascn.server.register.Register;
import org.neascn.server.register.Registers;

/** The network's partner organisations. Filters: type, role; sort: id, name, type. */
@Path("networks/{network}/partners")
@Tag(name = "Partners", description = "The network's partner organisations. Filters: type, role; sort: id, name, type.")
public class PartnerResource extends RegisterResource<Partner> {

    @Override
    protected Register<Partner, ?> register() {
        return Registers.PARTNERS;
    }
}
