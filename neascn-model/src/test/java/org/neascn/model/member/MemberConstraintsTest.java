package org.neascn.model.member;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Constructor;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.neascn.model.network.NetworkId;
import org.neascn.model.shared.Coordinates;
import org.neascn.model.shared.CountryCode;
import org.neascn.model.shared.LocalizedText;

/**
 * The Bean Validation constraints on a record's components let a form or an API report every
 * missing field at once, before the record's constructor stops at the first one.
 */
class MemberConstraintsTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void everyMissingRequiredFieldIsReportedTogether() throws NoSuchMethodException {
        Constructor<Member> canonical = Member.class.getConstructor(MemberId.class, NetworkId.class,
                LocalizedText.class, GovernmentLevel.class, CountryCode.class, MembershipStatus.class, Long.class,
                URI.class, Coordinates.class);
        Object[] input = {MemberId.of("busan"), null, LocalizedText.of("ko", "부산광역시"), null, null,
                MembershipStatus.ACTIVE, null, null, null};

        Set<ConstraintViolation<Member>> violations =
                FACTORY.getValidator().forExecutables().validateConstructorParameters(canonical, input);

        Map<String, String> byField = new TreeMap<>();
        violations.forEach(v -> byField.put(v.getPropertyPath().toString(), v.getMessage()));
        assertEquals(Map.of("Member.country", "is required", "Member.level", "is required",
                "Member.network", "is required"), byField);
    }
}
