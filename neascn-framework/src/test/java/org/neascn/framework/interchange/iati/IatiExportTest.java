package org.neascn.framework.interchange.iati;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.neascn.framework.interchange.Fixtures;
import org.neascn.framework.interchange.SchemaViolationException;
import org.neascn.model.initiative.Initiative;
import org.neascn.model.project.Project;
import org.neascn.model.project.ProjectBuilder;
import org.neascn.model.project.ProjectId;
import org.neascn.model.project.Stage;
import org.neascn.model.scap.Scap;
import org.neascn.model.scap.ScapId;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.shared.LocalizedText;
import org.junit.jupiter.api.Test;

class IatiExportTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);

    private final Map<ScapId, Scap> plans = Map.of(
            Fixtures.ulaanbaatarPlan().id(), Fixtures.ulaanbaatarPlan(),
            Fixtures.seoulPlan().id(), Fixtures.seoulPlan());
    private final Map<ProjectId, Project> projects = Map.of(
            Fixtures.wasteToEnergy().id(), Fixtures.wasteToEnergy(),
            Fixtures.koreanOnly().id(), Fixtures.koreanOnly());

    /** What the audit trail says: the bike-share project and the Seoul plan changed, nothing else is known. */
    private final Map<String, Instant> changed = Map.of(
            "PROJECT:seoul-bike-share", Instant.parse("2026-02-10T08:15:30.123Z"),
            "SCAP:seoul-scap-1", Instant.parse("2026-01-05T10:00:00Z"),
            "PROJECT:seoul-smart-bus-stops", Instant.parse("2025-12-01T07:00:00Z"),
            "INITIATIVE:clean-air-ne-asia", Instant.parse("2026-02-20T12:00:00Z"));

    private IatiExport export() {
        IatiPublisher wego = IatiPublisher.of(Fixtures.reference().partnerNamed("WeGO").orElseThrow(), "XI-NEASCN");
        Initiative initiative = Fixtures.multiCityInitiative();
        return new IatiExport(wego, new IatiSources(Fixtures.directory(),
                id -> Optional.ofNullable(plans.get(id)), id -> Optional.ofNullable(projects.get(id)),
                id -> initiative.projects().contains(id) ? List.of(initiative.id()) : List.of(),
                (type, id) -> Optional.ofNullable(changed.get(type + ":" + id))), CLOCK);
    }

    private String write(List<Project> ps, List<Initiative> is) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export().write(ps.iterator(), is.iterator(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void validateWhole(String xml) {
        IatiSchema.validate(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "export");
    }

    @Test
    void projectAndInitiativeExportIsValidAgainstTheOfficialSchema() {
        String xml = write(List.of(Fixtures.wasteToEnergy()), List.of(Fixtures.multiCityInitiative()));
        validateWhole(xml);
        assertTrue(xml.contains("<iati-identifier>XI-NEASCN-project-ub-waste-to-energy</iati-identifier>"));
        assertTrue(xml.contains("<iati-identifier>XI-NEASCN-initiative-clean-air-ne-asia</iati-identifier>"));
    }

    @Test
    void titleCarriesOneNarrativePerLanguageWithXmlLang() {
        String xml = write(List.of(Fixtures.wasteToEnergy()), List.of());
        assertTrue(xml.contains("<title><narrative xml:lang=\"mn\">Хог хаягдлаас эрчим хүч</narrative>"
                + "<narrative xml:lang=\"en\">Waste-to-energy plant</narrative></title>"), xml);
    }

    @Test
    void feasibilityStageIsReportedAsPipeline() {
        assertTrue(write(List.of(Fixtures.wasteToEnergy()), List.of()).contains("<activity-status code=\"1\"/>"));
    }

    @Test
    void budgetsSplitTheTotalCostIntoCalendarYearsOfThePlanPeriod() {
        String xml = write(List.of(Fixtures.wasteToEnergy()), List.of());
        assertEquals(5, xml.split("<budget ", -1).length - 1, xml);
        assertTrue(xml.contains("<budget type=\"1\" status=\"1\"><period-start iso-date=\"2021-01-01\"/><period-end iso-date=\"2021-12-31\"/>"
                + "<value currency=\"USD\" value-date=\"2021-01-01\">24000000</value></budget>"), xml);
        assertTrue(xml.contains("<period-start iso-date=\"2025-01-01\"/><period-end iso-date=\"2025-12-31\"/>"), xml);
    }

    @Test
    void annualBudgetsAddUpToTheTotalInTheCurrencysMinorUnit() {
        var budgets = AnnualBudgets.of(org.neascn.model.shared.Money.of("100.00", "USD"), 2024, 2026);
        assertEquals(List.of("33.33", "33.33", "33.34"), budgets.stream().map(b -> b.amount().toPlainString()).toList());
        assertEquals(List.of("333", "333", "334"), AnnualBudgets.of(org.neascn.model.shared.Money.of("1000", "KRW"), 2024, 2026)
                .stream().map(b -> b.amount().toPlainString()).toList());
    }

    @Test
    void exportsPassTheIatiRulesetChecks() {
        String xml = write(List.of(Fixtures.wasteToEnergy(), Fixtures.koreanOnly()), List.of(Fixtures.multiCityInitiative()));
        validateWhole(xml);
        assertEquals(List.of(), IatiRules.violations(xml));
    }

    @Test
    void aCompletedProjectCarriesItsActualStartAndEndBesideThePlannedDates() {
        String xml = write(List.of(Fixtures.completedBikeShare()), List.of());
        validateWhole(xml);
        assertTrue(xml.contains("<activity-date type=\"1\" iso-date=\"2022-01-01\"/>"
                + "<activity-date type=\"2\" iso-date=\"2023-04-01\"/>"
                + "<activity-date type=\"3\" iso-date=\"2026-12-31\"/>"
                + "<activity-date type=\"4\" iso-date=\"2025-10-31\"/>"), xml);
        assertEquals(List.of(), IatiRules.violations(xml));
        assertEquals(List.of(), IatiRules.warnings(xml));
    }

    @Test
    void anActualDateAfterTheExportsDayIsLeftOutAsTheRulesRefuseIt() {
        Project ahead = new ProjectBuilder(Fixtures.koreanOnly().id(), Fixtures.NEASCN, Fixtures.seoul().id(),
                Fixtures.koreanOnly().title()).plan(Fixtures.seoulPlan().id()).location(Fixtures.koreanOnly().location())
                .stage(Stage.IMPLEMENTATION).actualStart(java.time.LocalDate.of(2026, 3, 2)).build();
        String xml = write(List.of(ahead), List.of());
        assertFalse(xml.contains("type=\"2\""), xml);
        assertEquals(List.of(), IatiRules.violations(xml));
    }

    @Test
    void theRulesetAdvisesAnActualStartForAnActivityInImplementation() {
        String xml = write(List.of(Fixtures.koreanOnly(), Fixtures.wasteToEnergy()), List.of());
        assertEquals(List.of("XI-NEASCN-project-seoul-smart-bus-stops: an activity in implementation or later should"
                + " have an actual start date (activity-date type 2)"), IatiRules.warnings(xml));
    }

    @Test
    void theRulesetChecksCatchAnActualDateInTheFutureAndAnEndBeforeTheStart() {
        String xml = write(List.of(Fixtures.completedBikeShare()), List.of())
                .replace("type=\"2\" iso-date=\"2023-04-01\"", "type=\"2\" iso-date=\"2027-04-01\"");
        List<String> violations = IatiRules.violations(xml);
        assertTrue(violations.stream().anyMatch(v -> v.contains("actual date must not be in the future")), violations::toString);
        assertTrue(violations.stream().anyMatch(v -> v.contains("actual end must not be before")), violations::toString);
    }

    @Test
    void eachActivityIsLastUpdatedWhenItsRecordOrItsPlanLastChangedInUtc() {
        String xml = write(List.of(Fixtures.completedBikeShare(), Fixtures.koreanOnly()), List.of(Fixtures.multiCityInitiative()));
        validateWhole(xml);
        // The project's own change is the later one; the bus stops' plan changed after the project did.
        assertTrue(xml.contains("last-updated-datetime=\"2026-02-10T08:15:30Z\"><iati-identifier>XI-NEASCN-project-seoul-bike-share"), xml);
        assertTrue(xml.contains("last-updated-datetime=\"2026-01-05T10:00:00Z\"><iati-identifier>XI-NEASCN-project-seoul-smart-bus-stops"), xml);
        assertTrue(xml.contains("last-updated-datetime=\"2026-02-20T12:00:00Z\"><iati-identifier>XI-NEASCN-initiative-clean-air-ne-asia"), xml);
        assertEquals(List.of(), IatiRules.violations(xml));
    }

    @Test
    void aRecordTheAuditTrailDoesNotKnowHasNoLastUpdatedDate() {
        String xml = write(List.of(Fixtures.wasteToEnergy()), List.of());
        assertFalse(xml.contains("last-updated-datetime"), xml);
    }

    @Test
    void theRulesetChecksCatchAFiveYearBudget() {
        String xml = write(List.of(Fixtures.wasteToEnergy()), List.of())
                .replace("<period-end iso-date=\"2021-12-31\"/>", "<period-end iso-date=\"2025-12-31\"/>");
        assertTrue(IatiRules.violations(xml).stream().anyMatch(v -> v.contains("longer than one year")), xml);
    }

    @Test
    void securedFundingIsAnIncomingCommitmentAndPledgedFundingIsNot() {
        String xml = write(List.of(Fixtures.wasteToEnergy()), List.of());
        assertEquals(1, xml.split("<transaction>", -1).length - 1, xml);
        assertTrue(xml.contains("<transaction><transaction-type code=\"11\"/><transaction-date iso-date=\"2021-01-01\"/>"
                + "<value currency=\"USD\" value-date=\"2021-01-01\">10000000</value>"
                + "<provider-org><narrative xml:lang=\"en\">City budget</narrative></provider-org></transaction>"), xml);
    }

    @Test
    void partnersWithAKnownIatiIdentifierAreNamedByIt() {
        String xml = write(List.of(Fixtures.wasteToEnergy()), List.of(Fixtures.multiCityInitiative()));
        assertTrue(xml.contains("<participating-org ref=\"XM-DAC-46004\" role=\"1\""), xml);
    }

    @Test
    void aProjectWithoutDescriptionIsDescribedByItsRecordNotByItsTitle() {
        String xml = write(List.of(Fixtures.koreanOnly()), List.of());
        assertTrue(xml.contains("<description type=\"1\"><narrative xml:lang=\"en\">A priority project of "), xml);
        assertFalse(xml.contains("<description type=\"1\"><narrative xml:lang=\"ko\">스마트 버스 정류장"), xml);
    }

    @Test
    void anInitiativeNamesItsProjectsAsChildActivities() {
        String xml = write(List.of(), List.of(Fixtures.multiCityInitiative()));
        for (var project : Fixtures.multiCityInitiative().projects()) {
            assertTrue(xml.contains("<related-activity ref=\"XI-NEASCN-project-" + project.value() + "\" type=\"2\"/>"), xml);
        }
        assertFalse(Fixtures.multiCityInitiative().projects().isEmpty());
    }

    @Test
    void aProjectNamesTheInitiativesItServesAsParentActivities() {
        Initiative initiative = Fixtures.multiCityInitiative();
        Project member = projects.values().stream().filter(p -> initiative.projects().contains(p.id())).findFirst()
                .orElseThrow(() -> new AssertionError("no fixture project in the initiative"));
        String xml = write(List.of(member), List.of());
        assertTrue(xml.contains("<related-activity ref=\"XI-NEASCN-initiative-" + initiative.id().value() + "\" type=\"1\"/>"), xml);
    }

    @Test
    void partnerThatFundsIsAFundingParticipantOnce() {
        String xml = write(List.of(Fixtures.wasteToEnergy()), List.of());
        assertEquals(1, xml.split("<participating-org (ref=\"[^\"]*\" )?role=\"1\"", -1).length - 1, xml);
    }

    @Test
    void projectWithOnlyKoreanTextIsValidAndKeepsItsLanguage() {
        String xml = write(List.of(Fixtures.koreanOnly()), List.of());
        validateWhole(xml);
        assertTrue(xml.contains("<title><narrative xml:lang=\"ko\">스마트 버스 정류장</narrative></title>"), xml);
        assertTrue(xml.contains("<activity-status code=\"2\"/>"), xml);
    }

    @Test
    void multiCityInitiativeSharesRecipientCountriesToExactlyOneHundredPercent() {
        String xml = write(List.of(), List.of(Fixtures.multiCityInitiative()));
        validateWhole(xml);
        assertTrue(xml.contains("<recipient-country code=\"CN\" percentage=\"33.33\"/>"
                + "<recipient-country code=\"KR\" percentage=\"33.33\"/>"
                + "<recipient-country code=\"MN\" percentage=\"33.34\"/>"), xml);
    }

    @Test
    void initiativeRunsFromItsPlansStartToItsLastMilestone() {
        String xml = write(List.of(), List.of(Fixtures.multiCityInitiative()));
        assertTrue(xml.contains("<activity-date type=\"1\" iso-date=\"2021-01-01\"/><activity-date type=\"3\" iso-date=\"2026-06-30\"/>"), xml);
    }

    @Test
    void largeGeneratedExportIsValidAsOneDocument() {
        Scap plan = Fixtures.ulaanbaatarPlan();
        Stage[] stages = Stage.values();
        Iterator<Project> many = IntStream.range(0, 5_000).mapToObj(i ->
                new ProjectBuilder(ProjectId.of("generated-" + i), Fixtures.NEASCN, plan.member(),
                        LocalizedText.of("en", "Generated project " + i).with("mn", "Төсөл " + i))
                        .plan(plan.id())
                        .location(Fixtures.wasteToEnergy().location())
                        .stage(stages[i % stages.length])
                        .dacSector(i % 2 == 0 ? "43030" : "21061")
                        .totalCost(org.neascn.model.shared.Money.of(String.valueOf(1000 + i), i % 3 == 0 ? "MNT" : "USD"))
                        .build()).iterator();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int written = export().write(many, List.<Initiative>of().iterator(), out);
        assertEquals(5_000, written);
        IatiSchema.validate(new ByteArrayInputStream(out.toByteArray()), "large export");
    }

    @Test
    void exportWithNothingInItIsRefusedBeforeWritingAByte() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(InvalidValueException.class,
                () -> export().write(List.<Project>of().iterator(), List.<Initiative>of().iterator(), out));
        assertEquals(0, out.size());
    }

    @Test
    void projectOutsideAnyPlanIsRefusedNamingThePlan() {
        Project unplanned = new ProjectBuilder(ProjectId.of("orphan"), Fixtures.NEASCN, Fixtures.seoul().id(),
                LocalizedText.of("en", "Orphan")).location(Fixtures.koreanOnly().location()).build();
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> export().document(unplanned));
        assertEquals("plan", e.field());
    }

    @Test
    void sectorOutsideTheDacCodelistIsRefused() {
        Project odd = new ProjectBuilder(Fixtures.koreanOnly().id(), Fixtures.NEASCN, Fixtures.seoul().id(),
                Fixtures.koreanOnly().title()).plan(Fixtures.seoulPlan().id())
                .location(Fixtures.koreanOnly().location()).dacSector("99999").build();
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> export().document(odd));
        assertEquals("dacSector", e.field());
    }

    @Test
    void documentWithAnExternalEntityIsRefusedWithoutReadingIt() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<iati-activities version=\"2.03\">&e;</iati-activities>";
        SchemaViolationException e = assertThrows(SchemaViolationException.class,
                () -> IatiSchema.validate(new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8)), "upload"));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void documentMissingRequiredElementsFailsValidation() {
        String bare = "<iati-activities version=\"2.03\"><iati-activity><iati-identifier>x</iati-identifier></iati-activity></iati-activities>";
        assertThrows(SchemaViolationException.class,
                () -> IatiSchema.validate(new ByteArrayInputStream(bare.getBytes(StandardCharsets.UTF_8)), "bare"));
    }

}
