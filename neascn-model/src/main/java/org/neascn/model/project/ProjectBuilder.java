package org.neascn.model.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.neascn.model.member.MemberId;
import org.neascn.model.network.NetworkId;
import org.neascn.model.sanctions.SanctionsExemption;
import org.neascn.model.scap.ScapId;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Money;
import org.neascn.model.taxonomy.FocusAreaCode;
import org.neascn.model.taxonomy.SdgTargetCode;

/**
 * Builds a {@link Project} one field at a time, for code that assembles a project from a
 * form, a spreadsheet or a test. The project's invariants are checked once, in {@link #build()}.
 */
public final class ProjectBuilder {

    private final ProjectId id;
    private final NetworkId network;
    private final MemberId member;
    private final LocalizedText title;
    private ScapId plan;
    private LocalizedText description;
    private final Set<FocusAreaCode> focusAreas = new LinkedHashSet<>();
    private final Set<SdgTargetCode> sdgTargets = new LinkedHashSet<>();
    private String dacSector;
    private ProjectType projectType;
    private Location location;
    private Stage stage = Stage.SCOPING;
    private LocalDate actualStart;
    private LocalDate actualEnd;
    private Money totalCost;
    private final List<Funding> funding = new ArrayList<>();
    private FinancingStatus financingStatus = FinancingStatus.NOT_FUNDED_SEEKING_FULL;
    private final Set<Instrument> instrumentsSought = new LinkedHashSet<>();
    private LocalizedText revenueModel;
    private ImplementingAgency implementingAgency;
    private final List<Participant> participants = new ArrayList<>();
    private final List<ProjectDocument> documents = new ArrayList<>();
    private final List<Challenge> challenges = new ArrayList<>();
    private final List<LocalizedText> expectedOutcomes = new ArrayList<>();
    private final List<LocalizedText> enablingFactors = new ArrayList<>();
    private LocalizedText futurePlans;
    private BigDecimal emissionReduction;
    private final List<SanctionsExemption> exemptions = new ArrayList<>();

    public ProjectBuilder(ProjectId id, NetworkId network, MemberId member, LocalizedText title) {
        this.id = id;
        this.network = network;
        this.member = member;
        this.title = title;
    }

    public ProjectBuilder plan(ScapId value) { this.plan = value; return this; }
    public ProjectBuilder description(LocalizedText value) { this.description = value; return this; }
    public ProjectBuilder focusArea(FocusAreaCode value) { focusAreas.add(value); return this; }
    public ProjectBuilder sdgTarget(SdgTargetCode value) { sdgTargets.add(value); return this; }
    public ProjectBuilder dacSector(String value) { this.dacSector = value; return this; }
    public ProjectBuilder projectType(ProjectType value) { this.projectType = value; return this; }
    public ProjectBuilder location(Location value) { this.location = value; return this; }
    public ProjectBuilder stage(Stage value) { this.stage = value; return this; }
    public ProjectBuilder actualStart(LocalDate value) { this.actualStart = value; return this; }
    public ProjectBuilder actualEnd(LocalDate value) { this.actualEnd = value; return this; }
    public ProjectBuilder totalCost(Money value) { this.totalCost = value; return this; }
    public ProjectBuilder funding(Funding value) { funding.add(value); return this; }
    public ProjectBuilder financingStatus(FinancingStatus value) { this.financingStatus = value; return this; }
    public ProjectBuilder seeks(Instrument value) { instrumentsSought.add(value); return this; }
    public ProjectBuilder revenueModel(LocalizedText value) { this.revenueModel = value; return this; }
    public ProjectBuilder implementingAgency(ImplementingAgency value) { this.implementingAgency = value; return this; }
    public ProjectBuilder participant(Participant value) { participants.add(value); return this; }
    public ProjectBuilder document(ProjectDocument value) { documents.add(value); return this; }
    public ProjectBuilder challenge(Challenge value) { challenges.add(value); return this; }
    public ProjectBuilder expectedOutcome(LocalizedText value) { expectedOutcomes.add(value); return this; }
    public ProjectBuilder enablingFactor(LocalizedText value) { enablingFactors.add(value); return this; }
    public ProjectBuilder futurePlans(LocalizedText value) { this.futurePlans = value; return this; }
    public ProjectBuilder emissionReductionTco2ePerYear(BigDecimal value) { this.emissionReduction = value; return this; }

    public ProjectBuilder exemption(SanctionsExemption value) { exemptions.add(value); return this; }

    public Project build() {
        return new Project(id, network, member, plan, title, description, focusAreas, sdgTargets, dacSector,
                projectType, location, stage, actualStart, actualEnd, totalCost, funding, financingStatus,
                instrumentsSought, revenueModel,
                implementingAgency, participants, documents, challenges, expectedOutcomes, enablingFactors,
                futurePlans, emissionReduction, exemptions);
    }
}
