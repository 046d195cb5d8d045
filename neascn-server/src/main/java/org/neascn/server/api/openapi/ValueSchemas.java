package org.neascn.server.api.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.neascn.model.consultation.ConsultationRoundId;
import org.neascn.model.consultation.FeedbackId;
import org.neascn.model.consultation.FrameworkVersionId;
import org.neascn.model.initiative.InitiativeId;
import org.neascn.model.meeting.MeetingId;
import org.neascn.model.member.MemberId;
import org.neascn.model.network.NetworkId;
import org.neascn.model.partner.PartnerId;
import org.neascn.model.person.PersonId;
import org.neascn.model.project.ProjectId;
import org.neascn.model.scap.ScapId;
import org.neascn.model.shared.CountryCode;
import org.neascn.model.shared.CurrencyCode;
import org.neascn.model.shared.Identifier;
import org.neascn.model.taxonomy.FocusAreaCode;
import org.neascn.model.taxonomy.IndicatorCode;
import org.neascn.model.taxonomy.SdgTargetCode;

/**
 * The identifier and code types of the model, documented as what they are in JSON: a plain
 * string (their JSON-B adapters write {@code "KR"}, never {@code {"value":"KR"}}). The scanner
 * cannot see through a JSON-B adapter and would describe the record's {@code value} component,
 * so a generated client would send the wrong shape. Patterns come from the model's own
 * constants, so the document cannot drift from the validation.
 */
final class ValueSchemas {

    /** One value type: the schema is named after the class, as the scanner names it. */
    record ValueType(Class<?> type, String pattern, Integer maxLength, String description, String example) {

        String schemaName() {
            return type.getSimpleName();
        }

        Schema schema() {
            Schema schema = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                    .pattern(pattern).description(description).examples(List.of(example));
            return maxLength == null ? schema : schema.maxLength(maxLength);
        }
    }

    static final List<ValueType> TYPES = List.of(
            identifier(NetworkId.class, "A network", "neascn"),
            identifier(MemberId.class, "A member of the network: a city or other local government", "ulaanbaatar"),
            identifier(PartnerId.class, "A partner organisation", "adb"),
            identifier(PersonId.class, "A person: a speaker or contact", "nobutsugu-miyama"),
            identifier(ScapId.class, "A smart city action plan (one version of a member's plan)", "ulaanbaatar-scap-1"),
            identifier(ProjectId.class, "A priority project", "ulaanbaatar-district-heating"),
            identifier(InitiativeId.class, "A cooperation initiative", "air-quality-monitoring"),
            identifier(MeetingId.class, "A meeting", "neascn-prews-2020-12-09"),
            identifier(FrameworkVersionId.class, "A version of the network's framework document", "neascn-framework-1"),
            identifier(ConsultationRoundId.class, "A consultation round on a framework version", "neascn-framework-1-round-1"),
            identifier(FeedbackId.class, "A comment in a consultation round", "feedback-1"),
            identifier(FocusAreaCode.class, "A focus area of the network's taxonomy (GET /api/v1/networks/{network} lists them)",
                    "quality-environment"),
            new ValueType(CountryCode.class, CountryCode.PATTERN, null,
                    "A country as an ISO 3166-1 alpha-2 code that ISO assigns today", "MN"),
            new ValueType(CurrencyCode.class, CurrencyCode.PATTERN, null, "A currency as an ISO 4217 alphabetic code", "USD"),
            new ValueType(SdgTargetCode.class, SdgTargetCode.PATTERN, null,
                    "An SDG target as the UN numbers it: goal, a dot, a number or a letter", "11.6"),
            new ValueType(IndicatorCode.class, IndicatorCode.PATTERN, IndicatorCode.MAX_LENGTH,
                    "An indicator of the catalogue (GET /api/v1/reference/indicators)", "U4SSC-EC-ICT-ICT-1C"));

    private ValueSchemas() {
    }

    private static ValueType identifier(Class<?> type, String what, String example) {
        return new ValueType(type, Identifier.PATTERN, Identifier.MAX_LENGTH,
                what + ". Lower-case letters and digits separated by single '-', '_' or '.', at most "
                + Identifier.MAX_LENGTH + " characters.", example);
    }
}
