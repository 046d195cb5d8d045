package org.neascn.server.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.neascn.model.meeting.Meeting;
import org.neascn.model.member.Member;
import org.neascn.model.network.Network;
import org.neascn.model.network.NetworkId;
import org.neascn.model.partner.Partner;
import org.neascn.model.person.Person;
import org.neascn.model.reference.ReferenceData;
import org.neascn.model.reference.ReferenceDataSet;

/** Networks and their registers as the shipped reference data holds them. */
@Path("networks")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Tag(name = "Networks", description = "Regional smart-city networks and their members, partners, people and meetings")
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

    @GET
    @Path("{network}/partners")
    @Operation(summary = "The network's partner organisations")
    public List<Partner> partners(@PathParam("network") String network) {
        return of(network, data.partners(), Partner::network);
    }

    @GET
    @Path("{network}/members")
    @Operation(summary = "The network's member cities and local governments")
    public List<Member> members(@PathParam("network") String network) {
        return of(network, data.members(), Member::network);
    }

    @GET
    @Path("{network}/persons")
    @Operation(summary = "People of the network's organisations")
    public List<Person> persons(@PathParam("network") String network) {
        return of(network, data.persons(), Person::network);
    }

    @GET
    @Path("{network}/meetings")
    @Operation(summary = "The network's meetings")
    public List<Meeting> meetings(@PathParam("network") String network) {
        return of(network, data.meetings(), Meeting::network);
    }

    private <T> List<T> of(String network, List<T> all, Function<T, NetworkId> networkOf) {
        NetworkId id = network(network).id();
        return all.stream().filter(item -> networkOf.apply(item).equals(id)).toList();
    }

    private static NetworkId id(String value) {
        try {
            return NetworkId.of(value);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No network '" + value + "'");
        }
    }
}
