package org.neascn.server.initiative;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.neascn.model.initiative.Initiative;
import org.neascn.server.api.RegisterResource;
import org.neascn.server.register.Register;
import org.neascn.server.register.Registers;

/** Cooperation initiatives, kept by their lead member. Filters: status, member; sort: id, name, status. */
@Path("networks/{network}/initiatives")
@Tag(name = "Initiatives", description = "Cooperation initiatives, kept by their lead member. Filters: status, member; sort: id, name, status.")
public class InitiativeResource extends RegisterResource<Initiative> {

    @Override
    protected Register<Initiative, ?> register() {
        return Registers.INITIATIVES;
    }
}
