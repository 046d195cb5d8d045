package org.neascn.framework.interchange.oc4ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neascn.framework.interchange.Fixtures;
import org.neascn.framework.interchange.SchemaViolationException;
import org.neascn.model.project.Project;
import org.neascn.model.shared.InvalidValueException;

class Oc4idsExportTest {

    private final java.util.Map<org.neascn.model.scap.ScapId, org.neascn.model.scap.Scap> plans = java.util.Map.of(
            Fixtures.ulaanbaatarPlan().id(), Fixtures.ulaanbaatarPlan());

    private final Oc4idsExport export = new Oc4idsExport(
            new Oc4idsPublisher("WeGO", URI.create("https://neascn.example/oc4ids/2026-03"), "oc4ids-neascn"),
            Fixtures.directory(), id -> java.util.Optional.ofNullable(plans.get(id)),
            Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC));

    @Test
    void aProjectRunsOverItsPlansPeriod() {
        JsonNode period = export.project(Fixtures.wasteToEnergy()).get("period");
        assertEquals("2021-01-01T00:00:00Z", period.get("startDate").asText());
        assertEquals("2025-12-31T23:59:59Z", period.get("endDate").asText());
    }

    @Test
    void aProjectWhosePlanCannotBeReadHasNoPeriodRatherThanAGuess() {
        assertEquals(null, export.project(Fixtures.koreanOnly()).get("period"));
    }

    @Test
    void theOwningCityIsThePublicAuthorityAndAPartyInThatRole() {
        JsonNode project = export.project(Fixtures.wasteToEnergy());
        String id = project.get("publicAuthority").get("id").asText();
        JsonNode party = null;
        for (JsonNode p : project.get("parties")) {
            party = p.get("id").asText().equals(id) ? p : party;
        }
        assertEquals("[\"publicAuthority\"]", party.get("roles").toString());
        assertEquals(party.get("name").asText(), project.get("publicAuthority").get("name").asText());
    }

    @Test
    void everyCodedFieldHoldsACodeOfItsCodelist() {
        for (var p : java.util.List.of(Fixtures.wasteToEnergy(), Fixtures.koreanOnly(), Fixtures.completedBikeShare())) {
            JsonNode project = export.project(p);
            assertTrue(org.neascn.framework.interchange.Codelist.oc4ids("projectStatus").contains(project.get("status").asText()));
            if (project.has("type")) {
                assertTrue(org.neascn.framework.interchange.Codelist.oc4ids("projectType").contains(project.get("type").asText()));
            }
            project.path("milestones").forEach(m -> {
                assertTrue(org.neascn.framework.interchange.Codelist.oc4ids("milestoneType").contains(m.get("type").asText()));
                assertTrue(org.neascn.framework.interchange.Codelist.oc4ids("milestoneCode").contains(m.get("code").asText()));
                assertTrue(org.neascn.framework.interchange.Codelist.oc4ids("milestoneStatus").contains(m.get("status").asText()));
            });
            project.path("sector").forEach(s -> assertTrue(
                    org.neascn.framework.interchange.Codelist.oc4ids("projectSector").contains(s.asText()), s::toString));
            project.path("parties").forEach(party -> party.get("roles").forEach(r -> assertTrue(
                    org.neascn.framework.interchange.Codelist.oc4ids("partyRole").contains(r.asText()), r::toString)));
            project.path("budget").path("finance").forEach(f -> {
                assertTrue(org.neascn.framework.interchange.Codelist.oc4ids("currency")
                        .contains(f.get("value").get("currency").asText()));
                if (f.has("type")) {
                    assertTrue(org.neascn.framework.interchange.Codelist.oc4ids("financingArrangementType")
                            .contains(f.get("type").asText()), f::toString);
                }
            });
        }
    }

    @Test
    void aCompletedProjectSaysWhatItDidWhenItStartedAndWhenItWasCompleted() {
        JsonNode project = export.project(Fixtures.completedBikeShare());
        assertEquals("expansion", project.get("type").asText());
        assertEquals("2025-10-31T00:00:00Z", project.get("completion").get("endDate").asText());
        JsonNode start = project.get("milestones").get(0);
        assertEquals("commencement", start.get("code").asText());
        assertEquals("met", start.get("status").asText());
        assertEquals("2023-04-01T00:00:00Z", start.get("dateMet").asText());
    }

    @Test
    void aProjectWithoutTypeOrActualDatesHasNoneRatherThanAGuess() {
        JsonNode project = export.project(Fixtures.koreanOnly());
        assertEquals(null, project.get("type"));
        assertEquals(null, project.get("completion"));
        assertEquals(null, project.get("milestones"));
    }

    @Test
    void updatedIsTheLaterOfTheProjectsAndItsPlansLastChangeAndAbsentWhenUnknown() {
        java.util.Map<String, Instant> changed = java.util.Map.of(
                "PROJECT:ub-waste-to-energy", Instant.parse("2026-01-10T08:15:30.5Z"),
                "SCAP:ulaanbaatar-scap-1", Instant.parse("2025-06-01T00:00:00Z"),
                "SCAP:seoul-scap-1", Instant.parse("2026-02-01T09:30:00Z"));
        Oc4idsExport audited = new Oc4idsExport(
                new Oc4idsPublisher("WeGO", URI.create("https://neascn.example/oc4ids/2026-03"), "oc4ids-neascn"),
                Fixtures.directory(), id -> java.util.Optional.ofNullable(plans.get(id)),
                (type, id) -> java.util.Optional.ofNullable(changed.get(type + ":" + id)),
                Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC));
        assertEquals("2026-01-10T08:15:30Z", audited.project(Fixtures.wasteToEnergy()).get("updated").asText());
        assertEquals("2026-02-01T09:30:00Z", audited.project(Fixtures.koreanOnly()).get("updated").asText());
        assertEquals(null, export.project(Fixtures.wasteToEnergy()).get("updated"));
    }

    @Test
    void feasibilityProjectIsInPreparation() {
        assertEquals("preparation", export.project(Fixtures.wasteToEnergy()).get("status").asText());
    }

    @Test
    void dacWasteCodeMapsToEnergySectorByItsCategory() {
        assertEquals("energy", export.project(Fixtures.wasteToEnergy()).get("sector").get(0).asText());
    }

    @Test
    void eachFundingSourceIsAFinancingArrangementWithItsPartyType() {
        JsonNode finance = export.project(Fixtures.wasteToEnergy()).get("budget").get("finance");
        assertEquals(2, finance.size());
        JsonNode adb = finance.get(1);
        assertEquals("loan", adb.get("type").asText());
        assertEquals("multilateral", adb.get("financingPartyType").asText());
        assertEquals("partner-adb", adb.get("financingParty").get("id").asText());
    }

    @Test
    void funderAppearsOnceAmongThePartiesWithTheFunderRole() {
        JsonNode parties = export.project(Fixtures.wasteToEnergy()).get("parties");
        int adb = 0;
        for (JsonNode p : parties) {
            if ("partner-adb".equals(p.get("id").asText())) {
                adb++;
                assertEquals("[\"funder\"]", p.get("roles").toString());
            }
        }
        assertEquals(1, adb);
    }

    @Test
    void sdgTargetsBecomePolicyAlignment() {
        JsonNode policy = export.project(Fixtures.wasteToEnergy()).get("policyAlignment");
        assertEquals("SDG", policy.get("policies").get(0).asText());
        assertEquals("Sustainable Development Goal targets 7.2, 11.6", policy.get("description").asText());
    }

    @Test
    void projectWithOnlyKoreanTextTravelsInKorean() {
        ObjectNode json = export.project(Fixtures.koreanOnly());
        assertEquals("ko", json.get("language").asText());
        assertEquals("스마트 버스 정류장", json.get("title").asText());
        assertEquals("implementation", json.get("status").asText());
    }

    @Test
    void packageHoldsEveryProjectEachValidAgainstTheSchema() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = export.writePackage(List.of(Fixtures.wasteToEnergy(), Fixtures.koreanOnly()).iterator(), out);
        JsonNode pkg = new ObjectMapper().readTree(out.toByteArray());
        assertEquals(2, n);
        assertEquals("0.9", pkg.get("version").asText());
        assertEquals("2026-03-01T09:00:00Z", pkg.get("publishedDate").asText());
        for (JsonNode project : pkg.get("projects")) {
            Oc4idsSchema.validateProject(project, "re-read project");
        }
    }

    @Test
    void schemaRefusesAStatusOutsideTheCodelist() {
        ObjectNode json = export.project(Fixtures.wasteToEnergy());
        json.put("status", "dreaming");
        SchemaViolationException e = assertThrows(SchemaViolationException.class,
                () -> Oc4idsSchema.validateProject(json, "tampered project"));
        assertTrue(e.getMessage().contains("status"), e.getMessage());
    }

    @Test
    void emptyPackageIsRefusedBeforeWritingAByte() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(InvalidValueException.class, () -> export.writePackage(List.<Project>of().iterator(), out));
        assertEquals(0, out.size());
    }
}
