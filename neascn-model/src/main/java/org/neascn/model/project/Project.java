package org.neascn.model.project;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.neascn.model.member.MemberId;
import org.neascn.model.network.NetworkId;
import org.neascn.model.sanctions.SanctionsExemption;
import org.neascn.model.scap.ScapId;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Money;
import org.neascn.model.shared.Require;
import org.neascn.model.taxonomy.FocusAreaCode;
import org.neascn.model.taxonomy.SdgTargetCode;

/**
 * A priority project of a member, on its way through the pipeline to finance.
 *
 * <p>Invariants: title, location, stage and financing status are always known; a DAC
 * sector is a five-digit purpose code; the expected emission reduction is not negative.
 * Contradictions that need a person's judgement (secured funding above cost) are findings of
 * the readiness assessment, not construction errors.
 *
 * <p>Its actual dates are what happened, not what is planned (the plan's period says that): a
 * project starts when it is implemented, so an actual start belongs to a project in
 * implementation or after it, and an actual end to one past implementation; the end is not
 * before the start. Whether an actual date lies in the future is not checked here, because a
 * record's validity must not change with the day it is read (a bundle written in another time
 * zone, a server whose clock is wrong); the IATI export, whose rules refuse actual dates in the
 * future, leaves such a date out.
 *
 * @param plan                       the action plan that lists it, or null for a project outside any plan
 * @param dacSector                  the OECD DAC 5-digit purpose code, or null
 * @param projectType                what it does to its asset, or null when not recorded
 * @param actualStart                the day implementation began, or null when it has not or is not known
 * @param actualEnd                  the day the project was completed, or null when it has not or is not known
 * @param totalCost                  the investment needed, or null while unknown
 * @param revenueModel               how it earns money (tariffs, fees, savings), or null when it earns none
 * @param implementingAgency         may be null while undecided
 * @param emissionReductionTco2ePerYear the expected climate benefit, or null when not estimated
 * @param sanctionsExemptions        exemptions recorded for a project that a sanctions regime flags
 */
public record Project(
        @NotNull(message = "is required") ProjectId id,
        @NotNull(message = "is required") NetworkId network,
        @NotNull(message = "is required") MemberId member,
        ScapId plan,
        @NotNull(message = "is required") LocalizedText title,
        LocalizedText description,
        Set<FocusAreaCode> focusAreas,
        Set<SdgTargetCode> sdgTargets,
        String dacSector,
        ProjectType projectType,
        @NotNull(message = "is required") Location location,
        @NotNull(message = "is required") Stage stage,
        LocalDate actualStart,
        LocalDate actualEnd,
        Money totalCost,
        List<Funding> funding,
        @NotNull(message = "is required") FinancingStatus financingStatus,
        Set<Instrument> instrumentsSought,
        LocalizedText revenueModel,
        ImplementingAgency implementingAgency,
        List<Participant> participants,
        List<ProjectDocument> documents,
        List<Challenge> challenges,
        List<LocalizedText> expectedOutcomes,
        List<LocalizedText> enablingFactors,
        LocalizedText futurePlans,
        BigDecimal emissionReductionTco2ePerYear,
        List<SanctionsExemption> sanctionsExemptions) {

    public Project {
        Require.present(id, "id");
        Require.present(network, "network");
        Require.present(member, "member");
        Require.present(title, "title");
        focusAreas = Require.set(focusAreas, "focusAreas");
        sdgTargets = Require.set(sdgTargets, "sdgTargets");
        Require.that(dacSector == null || dacSector.matches("[0-9]{5}"), "dacSector",
                "'" + dacSector + "' is not a 5-digit OECD DAC purpose code such as 43030 (urban development)");
        Require.present(location, "location");
        Require.present(stage, "stage");
        Require.that(actualStart == null || !stage.isBefore(Stage.IMPLEMENTATION), "actualStart",
                "a project at stage " + stage + " has not started: an actual start (" + actualStart
                        + ") belongs to a project in IMPLEMENTATION or POST_IMPLEMENTATION");
        Require.that(actualEnd == null || stage == Stage.POST_IMPLEMENTATION, "actualEnd",
                "a project at stage " + stage + " is not completed: an actual end (" + actualEnd
                        + ") belongs to a project in POST_IMPLEMENTATION");
        Require.that(actualEnd == null || actualStart == null || !actualEnd.isBefore(actualStart), "actualEnd",
                "the actual end (" + actualEnd + ") must not be before the actual start (" + actualStart + ")");
        funding = Require.list(funding, "funding");
        Require.present(financingStatus, "financingStatus");
        instrumentsSought = Require.set(instrumentsSought, "instrumentsSought");
        participants = Require.list(participants, "participants");
        documents = Require.list(documents, "documents");
        challenges = Require.list(challenges, "challenges");
        expectedOutcomes = Require.list(expectedOutcomes, "expectedOutcomes");
        enablingFactors = Require.list(enablingFactors, "enablingFactors");
        if (emissionReductionTco2ePerYear != null) {
            Require.nonNegative(emissionReductionTco2ePerYear, "emissionReductionTco2ePerYear");
        }
        sanctionsExemptions = Require.list(sanctionsExemptions, "sanctionsExemptions");
    }

    /** Whether a completed document of this type is recorded. */
    public boolean has(DocumentType type) {
        return documents.stream().anyMatch(d -> d.type() == type && d.isCompleted());
    }

    /** The project with one more recorded exemption; the secretariat records them by command. */
    public Project withExemption(SanctionsExemption exemption) {
        List<SanctionsExemption> exemptions = new java.util.ArrayList<>(sanctionsExemptions);
        exemptions.add(exemption);
        return new Project(id, network, member, plan, title, description, focusAreas, sdgTargets, dacSector,
                projectType, location, stage, actualStart, actualEnd, totalCost, funding, financingStatus,
                instrumentsSought, revenueModel,
                implementingAgency, participants, documents, challenges, expectedOutcomes, enablingFactors,
                futurePlans, emissionReductionTco2ePerYear, exemptions);
    }

    public Project withStage(Stage newStage) {
        return new Project(id, network, member, plan, title, description, focusAreas, sdgTargets, dacSector,
                projectType, location, newStage, actualStart, actualEnd, totalCost, funding, financingStatus,
                instrumentsSought, revenueModel,
                implementingAgency, participants, documents, challenges, expectedOutcomes, enablingFactors,
                futurePlans, emissionReductionTco2ePerYear, sanctionsExemptions);
    }
}
