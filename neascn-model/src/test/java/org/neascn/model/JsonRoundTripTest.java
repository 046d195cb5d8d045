package org.neascn.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.neascn.model.reference.NeascnJson;
import org.neascn.model.reference.ReferenceData;
import org.neascn.model.reference.ReferenceDataSet;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.shared.Money;

/** Every type of the domain survives a trip to JSON and back unchanged. */
class JsonRoundTripTest {

    private static final Jsonb JSONB = NeascnJson.create();

    @AfterAll
    static void close() throws Exception {
        JSONB.close();
    }

    static Stream<Object> everyKindOfRecord() {
        ReferenceDataSet data = ReferenceData.standard();
        ReferenceDataSet ascn = ReferenceData.shipped().get(1);
        return Stream.of(List.of(Samples.ulaanbaatarPlan(), Samples.wasteToEnergy(), Samples.cleanAirInitiative(),
                        Samples.frameworkDraft(), Samples.roundWithOneAnsweredComment(), Money.of("12.50", "USD")),
                data.countries(), data.taxonomies(), data.sdgs(), data.indicators(), data.countryLists(),
                data.sanctionsRegimes(), data.financiers(), data.networks(), data.partners(), data.members(),
                data.persons(), data.meetings(), ascn.networks(), ascn.partners(), ascn.members()).flatMap(List::stream);
    }

    @ParameterizedTest
    @MethodSource("everyKindOfRecord")
    void survivesARoundTrip(Object record) {
        String json = JSONB.toJson(record);
        assertEquals(record, JSONB.fromJson(json, record.getClass()), json);
    }

    @Test
    void identifiersAndCodesTravelAsBareStrings() {
        String json = JSONB.toJson(Samples.wasteToEnergy());
        assertTrue(json.contains("\"id\":\"ub-waste-to-energy\""), json);
        assertTrue(json.contains("\"country\":\"MN\""), json);
        assertTrue(json.contains("\"currency\":\"USD\""), json);
    }

    @Test
    void aMembersCoordinatesTravelAsOneObjectOfTwoNumbers() {
        String json = JSONB.toJson(ReferenceData.standard().members().get(0));
        assertTrue(json.contains("\"coordinates\":{\"latitude\":31.22222,\"longitude\":121.45806}"), json);
        assertTrue(!json.contains("placed"), json);
        JsonbException e = assertThrows(JsonbException.class, () -> JSONB.fromJson(json.replace(",\"longitude\":121.45806", ""),
                org.neascn.model.member.Member.class));
        assertTrue(causes(e).anyMatch(t -> t instanceof InvalidValueException iv && iv.field().equals("longitude")));
    }

    @Test
    void jsonCannotBuildAnInvalidValue() {
        JsonbException e = assertThrows(JsonbException.class,
                () -> JSONB.fromJson("{\"amount\":-5,\"currency\":\"USD\"}", Money.class));
        assertTrue(causes(e).anyMatch(t -> t instanceof InvalidValueException iv && iv.field().equals("amount")));
    }

    @Test
    void unknownPropertiesAreRejectedNotDropped() {
        assertThrows(JsonbException.class,
                () -> JSONB.fromJson("{\"amount\":5,\"currency\":\"USD\",\"amout\":6}", Money.class));
    }

    private static Stream<Throwable> causes(Throwable t) {
        return Stream.iterate(t, c -> c != null, Throwable::getCause);
    }
}
