package org.neascn.framework.interchange.iati;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.neascn.framework.interchange.Codelist;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Money;

/**
 * The pieces every {@code iati-activity} is built from: narratives in each language of a
 * multilingual text, participating organisations, dates and shares that add up to 100 %.
 * Codes are checked against the IATI codelists as they are written.
 */
final class ActivityXml {

    static final Codelist ACTIVITY_DATE_TYPE = Codelist.iati("ActivityDateType");
    static final Codelist ORGANISATION_ROLE = Codelist.iati("OrganisationRole");
    static final Codelist ORGANISATION_TYPE = Codelist.iati("OrganisationType");
    static final Codelist COUNTRY = Codelist.iati("Country");
    static final Codelist CURRENCY = Codelist.iati("Currency");
    static final Codelist SECTOR = Codelist.iati("Sector");
    static final Codelist BUDGET_TYPE = Codelist.iati("BudgetType");
    static final Codelist TRANSACTION_TYPE = Codelist.iati("TransactionType");

    /** IATI ActivityDateType: 1 planned start, 3 planned end. */
    static final String PLANNED_START = ACTIVITY_DATE_TYPE.require("1", "activity-date.type");
    static final String PLANNED_END = ACTIVITY_DATE_TYPE.require("3", "activity-date.type");
    /** IATI BudgetType 1: the original budget. */
    static final String ORIGINAL_BUDGET = BUDGET_TYPE.require("1", "budget.type");
    /** IATI ActivityDateType 2: actual start, 4: actual end. */
    static final String ACTUAL_START = ACTIVITY_DATE_TYPE.require("2", "activity-date.type");
    static final String ACTUAL_END = ACTIVITY_DATE_TYPE.require("4", "activity-date.type");
    /** IATI TransactionType 11: an incoming commitment, money a funder has committed to the activity. */
    static final String INCOMING_COMMITMENT = TRANSACTION_TYPE.require("11", "transaction-type");
    /** IATI RelatedActivityType 1 parent, 2 child. */
    static final String PARENT = "1";
    static final String CHILD = "2";

    private final XMLStreamWriter xml;

    ActivityXml(XMLStreamWriter xml) {
        this.xml = xml;
    }

    XMLStreamWriter xml() {
        return xml;
    }

    /** One narrative per language, each with its {@code xml:lang}, the original first. */
    void narratives(LocalizedText text) throws XMLStreamException {
        narrative(text.original(), text.originalText());
        for (Map.Entry<String, String> e : text.texts().entrySet()) {
            if (!e.getKey().equals(text.original())) {
                narrative(e.getKey(), e.getValue());
            }
        }
    }

    private void narrative(String language, String text) throws XMLStreamException {
        xml.writeStartElement("narrative");
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", language);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    void textElement(String name, LocalizedText text) throws XMLStreamException {
        xml.writeStartElement(name);
        narratives(text);
        xml.writeEndElement();
    }

    void participatingOrg(String role, String type, LocalizedText name) throws XMLStreamException {
        participatingOrg(role, type, null, name);
    }

    /** A participating organisation, with its IATI organisation identifier when one is known (else null). */
    void participatingOrg(String role, String type, String ref, LocalizedText name) throws XMLStreamException {
        xml.writeStartElement("participating-org");
        if (ref != null) {
            xml.writeAttribute("ref", ref);
        }
        xml.writeAttribute("role", ORGANISATION_ROLE.require(role, "participating-org.role"));
        if (type != null) {
            xml.writeAttribute("type", ORGANISATION_TYPE.require(type, "participating-org.type"));
        }
        narratives(name);
        xml.writeEndElement();
    }

    void activityDate(String type, LocalDate date) throws XMLStreamException {
        xml.writeEmptyElement("activity-date");
        xml.writeAttribute("type", type);
        xml.writeAttribute("iso-date", date.toString());
    }

    /**
     * The activity's {@code last-updated-datetime} (xsd:dateTime in UTC, to the second) when the
     * record's last change is known; nothing otherwise. Written before the activity's children.
     */
    void lastUpdated(Optional<Instant> at) throws XMLStreamException {
        if (at.isPresent()) {
            xml.writeAttribute("last-updated-datetime",
                    at.get().truncatedTo(ChronoUnit.SECONDS).toString());
        }
    }

    void relatedActivity(String type, String ref) throws XMLStreamException {
        xml.writeEmptyElement("related-activity");
        xml.writeAttribute("ref", ref);
        xml.writeAttribute("type", type);
    }

    /** A value in its currency, dated (IATI requires the value-date, for conversion at that day's rate). */
    void value(Money money, LocalDate date) throws XMLStreamException {
        xml.writeStartElement("value");
        xml.writeAttribute("currency", CURRENCY.require(money.currency().value(), "currency"));
        xml.writeAttribute("value-date", date.toString());
        xml.writeCharacters(money.amount().toPlainString());
        xml.writeEndElement();
    }

    void codeElement(String name, String code) throws XMLStreamException {
        xml.writeEmptyElement(name);
        xml.writeAttribute("code", code);
    }

    /**
     * Equal shares of 100 % with two decimals, the last absorbing the rounding, because IATI
     * requires the percentages of recipient countries (and of sectors) to add up to exactly 100.
     */
    static List<BigDecimal> equalShares(int n) {
        List<BigDecimal> shares = new ArrayList<>();
        BigDecimal hundred = new BigDecimal("100");
        BigDecimal each = hundred.divide(BigDecimal.valueOf(n), 2, RoundingMode.DOWN);
        for (int i = 0; i < n - 1; i++) {
            shares.add(each);
        }
        shares.add(hundred.subtract(each.multiply(BigDecimal.valueOf(n - 1L))));
        return shares;
    }
}
