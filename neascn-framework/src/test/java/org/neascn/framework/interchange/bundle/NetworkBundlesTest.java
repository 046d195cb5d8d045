package org.neascn.framework.interchange.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.neascn.framework.interchange.Fixtures;
import org.neascn.framework.interchange.ImportRejectedException;
import org.neascn.framework.interchange.ImportRejectedException.Reason;
import org.neascn.framework.interchange.InputLimits;
import org.neascn.model.consultation.ConsultationRound;
import org.neascn.model.consultation.ConsultationRoundId;
import org.neascn.model.consultation.Disposition;
import org.neascn.model.consultation.Feedback;
import org.neascn.model.consultation.FeedbackId;
import org.neascn.model.consultation.FrameworkStatus;
import org.neascn.model.consultation.FrameworkVersion;
import org.neascn.model.consultation.FrameworkVersionId;
import org.neascn.model.consultation.Section;
import org.neascn.model.network.NetworkId;
import org.neascn.model.reference.ReferenceDataSet;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.OrganisationRef;

class NetworkBundlesTest {

    static NetworkBundle neascn() {
        ReferenceDataSet ref = Fixtures.reference();
        FrameworkVersion draft = new FrameworkVersion(FrameworkVersionId.of("neascn-framework-1"), Fixtures.NEASCN, 1,
                LocalizedText.of("en", "NEASCN Framework"),
                List.of(new Section("purpose", LocalizedText.of("en", "Purpose"), LocalizedText.of("en", "Why the network exists."))),
                FrameworkStatus.DRAFT, null);
        ConsultationRound round = new ConsultationRound(ConsultationRoundId.of("round-1"), draft.id(),
                LocalDate.of(2021, 1, 15), LocalDate.of(2021, 2, 15), true,
                List.of(new Feedback(FeedbackId.of("c1"), "purpose", OrganisationRef.partner("tcs"),
                        LocalizedText.of("en", "Name the six countries."), LocalDate.of(2021, 2, 1),
                        new Disposition(Disposition.Decision.ACCEPTED, LocalizedText.of("en", "Added.")))));
        return NetworkBundle.of(Instant.parse("2026-03-01T09:00:00Z"), ref.network(Fixtures.NEASCN).orElseThrow(),
                Fixtures.members(), ref.partners(), ref.persons(),
                List.of(Fixtures.ulaanbaatarPlan(), Fixtures.seoulPlan()),
                List.of(Fixtures.wasteToEnergy(), Fixtures.koreanOnly(), Fixtures.completedBikeShare()),
                List.of(Fixtures.multiCityInitiative()), ref.meetings(), List.of(draft), List.of(round));
    }

    private static byte[] bytes(NetworkBundle bundle) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NetworkBundles.write(bundle, out);
        return out.toByteArray();
    }

    private static NetworkBundle read(byte[] bytes) {
        return NetworkBundles.read(new ByteArrayInputStream(bytes), InputLimits.standard());
    }

    private static ImportRejectedException rejected(byte[] bytes) {
        return assertThrows(ImportRejectedException.class, () -> read(bytes));
    }

    @Test
    void bundleReadBackEqualsTheNetworkWritten() {
        NetworkBundle bundle = neascn();
        assertEquals(bundle, read(bytes(bundle)));
    }

    @Test
    void aProjectsActualDatesAndTypeTravelInTheBundle() {
        String json = new String(bytes(neascn()), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(json.contains("\"actualStart\":\"2023-04-01\""), json);
        assertTrue(json.contains("\"actualEnd\":\"2025-10-31\""), json);
        assertTrue(json.contains("\"projectType\":\"EXPANSION\""), json);
        assertEquals(Fixtures.completedBikeShare(), read(bytes(neascn())).projects().get(2));
    }

    @Test
    void importIntoAnEmptyDeploymentAddsEverything() {
        BundleImport plan = NetworkBundles.plan(neascn(), NetworkContents.empty(), ImportPolicy.REJECT);
        assertEquals(3, plan.members().added().size());
        assertTrue(plan.projects().replaced().isEmpty());
        assertTrue(!plan.networkExists());
    }

    @Test
    void rejectPolicyRefusesANetworkThatAlreadyHasRecords() {
        NetworkContents existing = new NetworkContents(Optional.of(Fixtures.NEASCN), Set.of("seoul"), Set.of(), Set.of(),
                Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
        ImportRejectedException e = assertThrows(ImportRejectedException.class,
                () -> NetworkBundles.plan(neascn(), existing, ImportPolicy.REJECT));
        assertEquals(Reason.CONFLICT, e.reason());
        assertTrue(e.getMessage().contains("MERGE_BY_ID"), e.getMessage());
    }

    @Test
    void mergeByIdReplacesExistingRecordsAndAddsNewOnes() {
        NetworkContents existing = new NetworkContents(Optional.of(Fixtures.NEASCN), Set.of("seoul", "gone-city"), Set.of(),
                Set.of(), Set.of(), Set.of("ub-waste-to-energy"), Set.of(), Set.of(), Set.of(), Set.of());
        BundleImport plan = NetworkBundles.plan(neascn(), existing, ImportPolicy.MERGE_BY_ID);
        assertEquals(List.of("seoul"), plan.members().replaced().stream().map(m -> m.id().value()).toList());
        assertEquals(2, plan.members().added().size());
        assertEquals(List.of("ub-waste-to-energy"), plan.projects().replaced().stream().map(p -> p.id().value()).toList());
        assertTrue(plan.networkExists());
    }

    @Test
    void bundleForAnotherNetworkIsRefusedEvenWhenMerging() {
        NetworkContents other = new NetworkContents(Optional.of(NetworkId.of("ascn")), Set.of(), Set.of(), Set.of(),
                Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
        assertEquals(Reason.CONFLICT, assertThrows(ImportRejectedException.class,
                () -> NetworkBundles.plan(neascn(), other, ImportPolicy.MERGE_BY_ID)).reason());
    }

    @Test
    void malformedJsonIsUnreadable() {
        byte[] bytes = bytes(neascn());
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length / 2);
        assertEquals(Reason.UNREADABLE, rejected(cut).reason());
    }

    @Test
    void utf16FileIsRefusedNamingTheEncoding() {
        byte[] utf16 = new String(bytes(neascn()), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16);
        ImportRejectedException e = rejected(utf16);
        assertTrue(e.getMessage().contains("UTF-16"), e.getMessage());
    }

    @Test
    void latin1BytesAreRefusedAsNotUtf8() {
        byte[] latin1 = "{\"format\":\"neascn-network-bundle\",\"note\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        ImportRejectedException e = rejected(latin1);
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
    }

    @Test
    void fileLargerThanTheLimitIsRefusedWithoutReadingItAll() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }
        };
        ImportRejectedException e = assertThrows(ImportRejectedException.class,
                () -> NetworkBundles.read(endless, InputLimits.standard().withMaxBytes(1024 * 1024)));
        assertEquals(Reason.TOO_LARGE, e.reason());
    }

    @Test
    void bundleOfAnUnknownVersionIsRefused() {
        String json = new String(bytes(neascn()), StandardCharsets.UTF_8).replaceFirst("\"version\":1}$", "\"version\":7}");
        ImportRejectedException e = rejected(json.getBytes(StandardCharsets.UTF_8));
        assertEquals("version", e.problems().get(0).column());
    }

    @Test
    void recordBreakingADomainRuleIsRefusedNamingTheField() {
        String json = new String(bytes(neascn()), StandardCharsets.UTF_8).replace("\"country\":\"KR\"", "\"country\":\"XX\"");
        ImportRejectedException e = rejected(json.getBytes(StandardCharsets.UTF_8));
        assertEquals(Reason.INVALID_CONTENT, e.reason());
        // Every record holding the wrong code is named at its full path, not only the first.
        assertTrue(e.problems().stream().allMatch(p -> p.column().endsWith(".country")), e.problems().toString());
        assertTrue(e.problems().get(0).column().matches("members\\[[0-9]+\\]\\.country"), e.problems().toString());
    }

    @Test
    void projectOfAMemberMissingFromTheBundleIsRefusedWithItsPosition() {
        NetworkBundle b = neascn();
        NetworkBundle withoutSeoul = NetworkBundle.of(b.exportedAt(), b.network(),
                b.members().stream().filter(m -> !m.id().value().equals("seoul")).toList(), b.partners(), b.persons(),
                List.of(Fixtures.ulaanbaatarPlan()), List.of(Fixtures.wasteToEnergy(), Fixtures.koreanOnly()),
                List.of(), b.meetings(), b.frameworkVersions(), b.consultationRounds());
        ImportRejectedException e = rejected(bytes(withoutSeoul));
        assertTrue(e.problems().stream().anyMatch(p -> p.sheet().equals("projects") && p.row() == 2
                && p.column().equals("member")), e.problems().toString());
    }

    @Test
    void deeplyNestedJsonIsRefusedWithinBoundedStack() {
        byte[] nested = ("{\"format\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}").getBytes(StandardCharsets.UTF_8);
        assertEquals(Reason.UNREADABLE, rejected(nested).reason());
    }
}
