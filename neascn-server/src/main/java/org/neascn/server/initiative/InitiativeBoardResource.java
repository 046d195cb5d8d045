package org.neascn.server.initiative;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The initiatives board, read with the caller's rights. */
@Path("networks/{network}/initiative-board")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Initiatives")
public class InitiativeBoardResource {

    @Inject
    InitiativeBoard board;

    @GET
    @Operation(summary = "Every initiative as a board card: status, lead, members, partners, sanctions standing under the network's regimes, next planned milestone, version")
    @APIResponse(responseCode = "200", description = "The cards, by id")
    public List<InitiativeBoard.BoardCard> cards(@PathParam("network") String network,
            @HeaderParam("Accept-Language") String language) {
        return board.cards(network, language);
    }
}
