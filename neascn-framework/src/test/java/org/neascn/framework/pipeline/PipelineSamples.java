package org.neascn.framework.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.neascn.model.member.MemberId;
import org.neascn.model.network.NetworkId;
import org.neascn.model.project.Challenge;
import org.neascn.model.project.DocumentType;
import org.neascn.model.project.FinancingStatus;
import org.neascn.model.project.Funding;
import org.neascn.model.project.ImplementingAgency;
import org.neascn.model.project.Instrument;
import org.neascn.model.project.Location;
import org.neascn.model.project.ProjectBuilder;
import org.neascn.model.project.ProjectDocument;
import org.neascn.model.project.ProjectId;
import org.neascn.model.project.Stage;
import org.neascn.model.scap.ScapId;
import org.neascn.model.shared.CountryCode;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Money;
import org.neascn.model.taxonomy.FocusAreaCode;

/** Hand-made projects as city officers in the network would enter them. */
public final class PipelineSamples {

    public static final NetworkId NEASCN = NetworkId.of("neascn");
    public static final FocusAreaCode ENVIRONMENT = FocusAreaCode.of("quality-environment");
    public static final FocusAreaCode INFRASTRUCTURE = FocusAreaCode.of("built-infrastructure");
    public static final FocusAreaCode CIVIC = FocusAreaCode.of("civic-social");

    private PipelineSamples() {
    }

    /** A project in a city of the given country, at a stage, with nothing else recorded. */
    public static ProjectBuilder project(String id, String member, String country, Stage stage) {
        return new ProjectBuilder(ProjectId.of(id), NEASCN, MemberId.of(member), LocalizedText.of("en", id))
                .location(new Location(CountryCode.of(country), null, null, null))
                .stage(stage);
    }

    /** Ulaanbaatar's waste-to-energy plant at feasibility: study done, no revenue model, agency unrated. */
    public static ProjectBuilder ulaanbaatarWasteToEnergy() {
        return new ProjectBuilder(ProjectId.of("ub-waste-to-energy"), NEASCN, MemberId.of("ulaanbaatar"),
                LocalizedText.of("mn", "Хог хаягдлаас эрчим хүч").with("en", "Waste-to-energy plant"))
                .plan(ScapId.of("ulaanbaatar-scap-1"))
                .focusArea(ENVIRONMENT)
                .dacSector("23630")
                .location(new Location(CountryCode.of("MN"), null, 47.92, 106.92))
                .stage(Stage.FEASIBILITY)
                .totalCost(Money.of("120000000", "USD"))
                .funding(new Funding(null, LocalizedText.of("en", "City budget"), Money.of("10000000", "USD"),
                        Instrument.GRANT, true))
                .financingStatus(FinancingStatus.PARTIALLY_FUNDED_SEEKING_ADDITIONAL)
                .seeks(Instrument.LOAN)
                .implementingAgency(new ImplementingAgency(
                        LocalizedText.of("en", "Ulaanbaatar City Governor's Office"), null))
                .document(new ProjectDocument(DocumentType.FEASIBILITY_STUDY, LocalizedText.of("en", "Feasibility study"),
                        LocalDate.of(2020, 6, 1), null))
                .challenge(new Challenge(LocalizedText.of("en", "Tipping fees do not cover operations"),
                        "no-revenue-model"))
                .expectedOutcome(LocalizedText.of("en", "600 t/day of waste diverted from landfill"))
                .emissionReductionTco2ePerYear(new BigDecimal("150000"));
    }
}
