package org.neascn.server.reference;

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
import org.neascn.model.financing.CountryList;
import org.neascn.model.financing.FinancierProfile;
import org.neascn.model.reference.Country;
import org.neascn.model.reference.ReferenceData;
import org.neascn.model.reference.ReferenceDataSet;
import org.neascn.model.sanctions.SanctionsRegime;
import org.neascn.model.taxonomy.IndicatorDefinition;
import org.neascn.model.taxonomy.SdgGoal;
import org.neascn.model.taxonomy.Taxonomy;

/**
 * The shared vocabularies and standards the library ships: read-only, public. A network that
 * brings its own files is answered under {@code networks/{network}/reference}.
 */
@Path("reference")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Tag(name = "Reference data", description = "Countries, taxonomies, SDGs, indicators, eligibility lists, sanctions regimes")
public class ReferenceDataResource {

    private final ReferenceDataSet data = ReferenceData.standard();

    @GET
    @Path("countries")
    @Operation(summary = "Countries the shipped networks span, with currency and languages")
    public List<Country> countries() {
        return data.countries();
    }

    @GET
    @Path("taxonomies")
    @Operation(summary = "Focus-area taxonomies (the ASEAN Smart Cities Framework by default)")
    public List<Taxonomy> taxonomies() {
        return data.taxonomies();
    }

    @GET
    @Path("taxonomies/{id}")
    @Operation(summary = "One taxonomy")
    public Taxonomy taxonomy(@PathParam("id") String id) {
        return data.taxonomy(id).orElseThrow(() -> new NotFoundException("No taxonomy '" + id + "'"));
    }

    @GET
    @Path("sdgs")
    @Operation(summary = "The 17 Sustainable Development Goals with their targets")
    public List<SdgGoal> sdgs() {
        return data.sdgs();
    }

    @GET
    @Path("indicators")
    @Operation(summary = "The indicator catalogue (after the ITU U4SSC KPIs)")
    public List<IndicatorDefinition> indicators() {
        return data.indicators();
    }

    @GET
    @Path("country-lists")
    @Operation(summary = "Country lists that eligibility rules refer to")
    public List<CountryList> countryLists() {
        return data.countryLists();
    }

    @GET
    @Path("sanctions-regimes")
    @Operation(summary = "Sanctions regimes the screening applies")
    public List<SanctionsRegime> sanctionsRegimes() {
        return data.sanctionsRegimes();
    }

    @GET
    @Path("financiers")
    @Operation(summary = "Financier profiles with their eligibility rules")
    public List<FinancierProfile> financiers() {
        return data.financiers();
    }
}
