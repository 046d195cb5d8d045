package org.neascn.server.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.neascn.model.financing.CountryList;
import org.neascn.model.financing.FinancierProfile;
import org.neascn.model.reference.Country;
import org.neascn.model.sanctions.SanctionsRegime;
import org.neascn.model.taxonomy.IndicatorDefinition;
import org.neascn.model.taxonomy.SdgGoal;
import org.neascn.model.taxonomy.Taxonomy;
import org.neascn.server.network.HostedNetwork;
import org.neascn.server.network.HostedNetworks;

/**
 * The vocabularies one network uses, read-only and public: what a form offers as choices and what
 * the server checks codes against in that network. A network that brings its own file (a
 * taxonomy of its own, its own financiers) is answered from it; otherwise these are the shipped
 * ones. The class path is the networks' own, like the other analyses of a network.
 */
@Path("networks")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Tag(name = "Reference data", description = "Countries, taxonomies, SDGs, indicators, eligibility lists, sanctions regimes")
public class NetworkReferenceResource {

    @Inject
    HostedNetworks hosted;

    @GET
    @Path("{network}/reference/countries")
    @Operation(summary = "The network's countries, with currency and languages")
    public List<Country> countries(@PathParam("network") String network) {
        HostedNetwork net = hosted.get(network);
        return net.data().countries().stream().filter(c -> net.network().countries().contains(c.code())).toList();
    }

    @GET
    @Path("{network}/reference/taxonomy")
    @Operation(summary = "The focus-area taxonomy the network's plans and projects use")
    public Taxonomy taxonomy(@PathParam("network") String network) {
        HostedNetwork net = hosted.get(network);
        return net.data().taxonomy(net.network().taxonomy()).orElseThrow();
    }

    @GET
    @Path("{network}/reference/sdgs")
    @Operation(summary = "The 17 Sustainable Development Goals with the targets the network's codes are checked against")
    public List<SdgGoal> sdgs(@PathParam("network") String network) {
        return hosted.get(network).data().sdgs();
    }

    @GET
    @Path("{network}/reference/indicators")
    @Operation(summary = "The network's indicator catalogue")
    public List<IndicatorDefinition> indicators(@PathParam("network") String network) {
        return hosted.get(network).data().indicators();
    }

    @GET
    @Path("{network}/reference/country-lists")
    @Operation(summary = "Country lists that the network's eligibility rules refer to")
    public List<CountryList> countryLists(@PathParam("network") String network) {
        return hosted.get(network).data().countryLists();
    }

    @GET
    @Path("{network}/reference/sanctions-regimes")
    @Operation(summary = "The sanctions regimes the network's screening applies")
    public List<SanctionsRegime> sanctionsRegimes(@PathParam("network") String network) {
        return hosted.get(network).sanctionsRegimes();
    }

    @GET
    @Path("{network}/reference/financiers")
    @Operation(summary = "The financier profiles the network's projects are matched with")
    public List<FinancierProfile> financiers(@PathParam("network") String network) {
        return hosted.get(network).data().financiers();
    }
}
