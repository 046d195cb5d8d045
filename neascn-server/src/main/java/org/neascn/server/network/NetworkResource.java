package org.neascn.server.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.neascn.model.network.Network;
import org.neascn.model.network.NetworkId;
import org.neascn.model.reference.ReferenceData;
import org.neascn.model.reference.ReferenceDataSet;

/** The networks the server hosts, as the shipped reference data defines them; their registers are resources of their own. */
@Path("networks")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Tag(name = "Networks", description = "Regional smart-city networks")
public class NetworkResource {

    private final ReferenceDataSet data = ReferenceData.standard();

    @GET
    @Operation(summary = "All networks")
    public List<Network> networks() {
        return data.networks();
    }

    @GET
    @Path("{network}")
    @Operation(summary = "One network")
    public Network network(@PathParam("network") String network) {
        return data.network(id(network)).orElseThrow(() -> new NotFoundException("No network '" + network + "'"));
    }

    private static NetworkId id(String value) {
        try {
            return NetworkId.of(value);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No network '" + value + "'");
        }
    }
}
