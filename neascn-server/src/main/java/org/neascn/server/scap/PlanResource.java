package org.neascn.server.scap;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.neascn.model.scap.Scap;
import org.neascn.server.api.RegisterResource;
import org.neascn.server.register.Register;
import org.neascn.server.register.Registers;

/** Smart city action plans (SCAPs); drafts are visible only to their member and the secretariat. Filters: member, status, focusArea; sort: id, name, member, version, status. */
@Path("networks/{network}/plans")
@Tag(name = "Plans", description = "Smart city action plans (SCAPs); drafts are visible only to their member and the secretariat. Filters: member, status, focusArea; sort: id, name, member, version, status.")
public class PlanResource extends RegisterResource<Scap> {

    @Override
    protected Register<Scap, ?> register() {
        return Registers.PLANS;
    }
}
