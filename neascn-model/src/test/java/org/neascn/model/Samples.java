package org.neascn.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.neascn.model.consultation.ConsultationRound;
import org.neascn.model.consultation.ConsultationRoundId;
import org.neascn.model.consultation.Disposition;
import org.neascn.model.consultation.Feedback;
import org.neascn.model.consultation.FeedbackId;
import org.neascn.model.consultation.FrameworkStatus;
import org.neascn.model.consultation.FrameworkVersion;
import org.neascn.model.consultation.FrameworkVersionId;
import org.neascn.model.consultation.Section;
import org.neascn.model.initiative.Initiative;
import org.neascn.model.initiative.InitiativeId;
import org.neascn.model.initiative.InitiativePartner;
import org.neascn.model.initiative.InitiativeStatus;
import org.neascn.model.initiative.Milestone;
import org.neascn.model.initiative.TargetRef;
import org.neascn.model.initiative.Theme;
import org.neascn.model.member.MemberId;
import org.neascn.model.network.NetworkId;
import org.neascn.model.partner.PartnerId;
import org.neascn.model.project.Challenge;
import org.neascn.model.project.DocumentType;
import org.neascn.model.project.FinancingStatus;
import org.neascn.model.project.Funding;
import org.neascn.model.project.ImplementingAgency;
import org.neascn.model.project.Instrument;
import org.neascn.model.project.Location;
import org.neascn.model.project.OrganisationRole;
import org.neascn.model.project.Participant;
import org.neascn.model.project.Project;
import org.neascn.model.project.ProjectBuilder;
import org.neascn.model.project.ProjectDocument;
import org.neascn.model.project.ProjectId;
import org.neascn.model.project.Stage;
import org.neascn.model.sanctions.SanctionsExemption;
import org.neascn.model.scap.Indicator;
import org.neascn.model.scap.Measurement;
import org.neascn.model.scap.Observation;
import org.neascn.model.scap.Scap;
import org.neascn.model.scap.ScapId;
import org.neascn.model.scap.ScapStatus;
import org.neascn.model.scap.StrategicTarget;
import org.neascn.model.shared.CountryCode;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Money;
import org.neascn.model.shared.OrganisationRef;
import org.neascn.model.shared.YearPeriod;
import org.neascn.model.taxonomy.FocusAreaCode;
import org.neascn.model.taxonomy.IndicatorCode;
import org.neascn.model.taxonomy.SdgTargetCode;

/** Hand-made records of every aggregate, as a city officer might enter them, for tests. */
public final class Samples {

    public static final NetworkId NEASCN = NetworkId.of("neascn");
    public static final FocusAreaCode ENVIRONMENT = FocusAreaCode.of("quality-environment");

    private Samples() {
    }

    public static Indicator pm25() {
        return new Indicator("pm25", LocalizedText.of("mn", "Агаарын бохирдол PM2.5").with("en", "PM2.5 air pollution"),
                IndicatorCode.of("U4SSC-EN-EN-AQ-1C"), "µg/m³",
                new Observation(new BigDecimal("62.5"), 2019), new Observation(new BigDecimal("35"), 2025),
                List.of(new Measurement(new BigDecimal("58.1"), LocalDate.of(2021, 12, 31),
                        Measurement.MeasurementStatus.APPROVED, null)));
    }

    public static Scap ulaanbaatarPlan() {
        StrategicTarget air = new StrategicTarget("clean-air", LocalizedText.of("mn", "Агаарын чанарыг сайжруулах"),
                Set.of(ENVIRONMENT), Set.of(SdgTargetCode.of("11.6")), List.of(pm25()));
        return new Scap(ScapId.of("ulaanbaatar-scap-1"), NEASCN, MemberId.of("ulaanbaatar"), 1,
                new YearPeriod(2021, 2025), LocalizedText.of("en", "A clean, connected capital"),
                Set.of(ENVIRONMENT), List.of(air), List.of(ProjectId.of("ub-waste-to-energy")), ScapStatus.DRAFT);
    }

    public static Project wasteToEnergy() {
        return new ProjectBuilder(ProjectId.of("ub-waste-to-energy"), NEASCN, MemberId.of("ulaanbaatar"),
                LocalizedText.of("mn", "Хог хаягдлаас эрчим хүч").with("en", "Waste-to-energy plant"))
                .plan(ScapId.of("ulaanbaatar-scap-1"))
                .focusArea(ENVIRONMENT)
                .sdgTarget(SdgTargetCode.of("11.6"))
                .dacSector("23630")
                .location(new Location(CountryCode.of("MN"), null, 47.92, 106.92))
                .stage(Stage.FEASIBILITY)
                .totalCost(Money.of("120000000", "USD"))
                .funding(new Funding(null, LocalizedText.of("en", "City budget"), Money.of("10000000", "USD"), Instrument.GRANT, true))
                .financingStatus(FinancingStatus.PARTIALLY_FUNDED_SEEKING_ADDITIONAL)
                .seeks(Instrument.LOAN)
                .implementingAgency(new ImplementingAgency(LocalizedText.of("en", "Ulaanbaatar City Governor's Office"), null))
                .participant(new Participant(OrganisationRef.partner("adb"), null, OrganisationRole.FUNDING))
                .document(new ProjectDocument(DocumentType.FEASIBILITY_STUDY, LocalizedText.of("en", "Feasibility study"),
                        LocalDate.of(2020, 6, 1), null))
                .challenge(new Challenge(LocalizedText.of("en", "Tipping fees do not cover operations"), "no-revenue-model"))
                .expectedOutcome(LocalizedText.of("en", "600 t/day of waste diverted from landfill"))
                .emissionReductionTco2ePerYear(new BigDecimal("150000"))
                .build();
    }

    public static Initiative cleanAirInitiative() {
        return new Initiative(InitiativeId.of("clean-air-ne-asia"), NEASCN, LocalizedText.of("en", "Clean air in Northeast Asia"),
                new Theme(Theme.Kind.SDG_TARGET, "11.6", LocalizedText.of("en", "Air quality and waste")),
                MemberId.of("ulaanbaatar"), Set.of(MemberId.of("ulaanbaatar"), MemberId.of("shanghai")),
                List.of(new InitiativePartner(PartnerId.of("adb"), OrganisationRole.FUNDING)),
                List.of(new TargetRef(ScapId.of("ulaanbaatar-scap-1"), "clean-air")),
                List.of(ProjectId.of("ub-waste-to-energy")),
                List.of(new Milestone(LocalizedText.of("en", "Joint monitoring protocol"), LocalDate.of(2022, 6, 30),
                        Milestone.Status.PLANNED)),
                InitiativeStatus.PROPOSED, null,
                List.of(new SanctionsExemption("un-dprk", "1718/EX/2021/07", "1718 Committee", LocalDate.of(2021, 3, 1), null)));
    }

    public static FrameworkVersion frameworkDraft() {
        return new FrameworkVersion(FrameworkVersionId.of("neascn-framework-1"), NEASCN, 1,
                LocalizedText.of("en", "NEASCN Framework"),
                List.of(new Section("purpose", LocalizedText.of("en", "Purpose"), LocalizedText.of("en", "Why the network exists."))),
                FrameworkStatus.DRAFT, null);
    }

    public static ConsultationRound roundWithOneAnsweredComment() {
        Feedback comment = new Feedback(FeedbackId.of("c1"), "purpose", OrganisationRef.partner("tcs"),
                LocalizedText.of("en", "Name the six countries."), LocalDate.of(2021, 2, 1),
                new Disposition(Disposition.Decision.ACCEPTED, LocalizedText.of("en", "Added.")));
        return new ConsultationRound(ConsultationRoundId.of("round-1"), FrameworkVersionId.of("neascn-framework-1"),
                LocalDate.of(2021, 1, 15), LocalDate.of(2021, 2, 15), true, List.of(comment));
    }
}
