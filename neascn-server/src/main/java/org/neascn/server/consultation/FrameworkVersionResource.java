package org.neascn.server.consultation;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.neascn.model.consultation.FrameworkVersion;
import org.neascn.server.api.RegisterResource;
import org.neascn.server.register.Register;
import org.neascn.server.register.Registers;

/** Versions of the network's framework document. Filter: status; sort: id, name, number, status. */
@Path("networks/{network}/framework-versions")
@Tag(name = "Framework versions", description = "Versions of the network's framework document. Filter: status; sort: id, name, number, status.")
public class FrameworkVersionResource extends RegisterResource<FrameworkVersion> {

    @Override
    protected Register<FrameworkVersion, ?> register() {
        return Registers.FRAMEWORK_VERSIONS;
    }
}
