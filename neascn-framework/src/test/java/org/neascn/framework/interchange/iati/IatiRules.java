package org.neascn.framework.interchange.iati;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The checks of the IATI Standard's rulesets (iatistandard.org, "Rulesets", 2.03: the rules the
 * IATI Validator applies beyond the XSD) that concern what this library writes, implemented
 * here because the ruleset JSON is not shipped with the reference material. Each violation is
 * named by the ruleset's own wording and the activity it is in. {@link #violations} are the
 * rules an activity must pass; {@link #warnings} those it should (an activity in implementation
 * or after it without an actual start: the export writes one when the project's record has it,
 * and a record may not, so the validator's advice is reported, not failed on).
 */
final class IatiRules {

    private IatiRules() {
    }

    static List<String> violations(String xml) {
        Document doc = parse(xml);
        OffsetDateTime generated = OffsetDateTime.parse(doc.getDocumentElement().getAttribute("generated-datetime"));
        LocalDate today = generated.toLocalDate();
        List<String> out = new ArrayList<>();
        for (Element activity : children(doc.getDocumentElement(), "iati-activity")) {
            String id = text(first(activity, "iati-identifier"));
            Rules rules = new Rules(id, out);
            if (activity.hasAttribute("last-updated-datetime")) {
                rules.check(!OffsetDateTime.parse(activity.getAttribute("last-updated-datetime")).isAfter(generated),
                        "last-updated-datetime must not be in the future");
            }
            Element reporting = first(activity, "reporting-org");
            rules.check(id.startsWith(reporting.getAttribute("ref") + "-"),
                    "the iati-identifier must begin with the reporting-org's identifier");
            checkDates(activity, rules, today);
            checkBudgets(activity, rules);
            checkTransactions(activity, rules, today);
            rules.check(percentagesAddUp(children(activity, "recipient-country")),
                    "recipient-country percentages must add up to 100");
            rules.check(percentagesAddUp(children(activity, "sector")), "sector percentages must add up to 100");
            for (Element org : children(activity, "participating-org")) {
                rules.check(!org.getAttribute("ref").isBlank() || !children(org, "narrative").isEmpty(),
                        "a participating-org must have a ref or a narrative");
            }
            Element title = first(activity, "title");
            for (Element description : children(activity, "description")) {
                rules.check(!description.getTextContent().equals(title.getTextContent()),
                        "a description must not repeat the title");
            }
            for (Element related : children(activity, "related-activity")) {
                rules.check(!related.getAttribute("ref").isBlank() && related.getAttribute("type").matches("[1-5]"),
                        "a related-activity needs a ref and a RelatedActivityType code");
            }
        }
        return out;
    }

    /** The advice of the ruleset the activities do not follow, by activity. */
    static List<String> warnings(String xml) {
        List<String> out = new ArrayList<>();
        for (Element activity : children(parse(xml).getDocumentElement(), "iati-activity")) {
            Rules rules = new Rules(text(first(activity, "iati-identifier")), out);
            String status = first(activity, "activity-status").getAttribute("code");
            // ActivityStatus 2 implementation, 3 finalisation, 4 closed: the activity has begun.
            if (status.matches("[234]")) {
                rules.check(dates(activity).containsKey("2"),
                        "an activity in implementation or later should have an actual start date (activity-date type 2)");
            }
        }
        return out;
    }

    private static Map<String, LocalDate> dates(Element activity) {
        Map<String, LocalDate> dates = new HashMap<>();
        for (Element date : children(activity, "activity-date")) {
            dates.put(date.getAttribute("type"), LocalDate.parse(date.getAttribute("iso-date")));
        }
        return dates;
    }

    private static void checkDates(Element activity, Rules rules, LocalDate today) {
        Map<String, LocalDate> dates = dates(activity);
        rules.check(dates.containsKey("1") || dates.containsKey("2"), "an activity must have a planned or an actual start date");
        if (dates.containsKey("1") && dates.containsKey("3")) {
            rules.check(!dates.get("3").isBefore(dates.get("1")), "the planned end must not be before the planned start");
        }
        for (String actual : List.of("2", "4")) {
            if (dates.containsKey(actual)) {
                rules.check(!dates.get(actual).isAfter(today), "an actual date must not be in the future ("
                        + dates.get(actual) + ")");
            }
        }
        if (dates.containsKey("2") && dates.containsKey("4")) {
            rules.check(!dates.get("4").isBefore(dates.get("2")), "the actual end must not be before the actual start");
        }
    }

    private static void checkBudgets(Element activity, Rules rules) {
        String defaultCurrency = activity.getAttribute("default-currency");
        Map<String, List<LocalDate[]>> periodsByType = new HashMap<>();
        for (Element budget : children(activity, "budget")) {
            LocalDate start = LocalDate.parse(first(budget, "period-start").getAttribute("iso-date"));
            LocalDate end = LocalDate.parse(first(budget, "period-end").getAttribute("iso-date"));
            rules.check(start.isBefore(end), "a budget's period-start must be before its period-end");
            rules.check(ChronoUnit.DAYS.between(start, end) <= 365, "a budget period must not be longer than one year ("
                    + start + " to " + end + ")");
            Element value = first(budget, "value");
            LocalDate valueDate = LocalDate.parse(value.getAttribute("value-date"));
            rules.check(!valueDate.isBefore(start) && !valueDate.isAfter(end),
                    "a budget's value-date must lie within its period (" + valueDate + ")");
            rules.check(!value.getAttribute("currency").isBlank() || !defaultCurrency.isBlank(),
                    "a budget value needs a currency or the activity's default-currency");
            List<LocalDate[]> periods = periodsByType.computeIfAbsent(budget.getAttribute("type"), t -> new ArrayList<>());
            for (LocalDate[] other : periods) {
                rules.check(end.isBefore(other[0]) || start.isAfter(other[1]), "budgets of one type must not overlap");
            }
            periods.add(new LocalDate[] {start, end});
        }
    }

    private static void checkTransactions(Element activity, Rules rules, LocalDate today) {
        String defaultCurrency = activity.getAttribute("default-currency");
        for (Element transaction : children(activity, "transaction")) {
            LocalDate date = LocalDate.parse(first(transaction, "transaction-date").getAttribute("iso-date"));
            rules.check(!date.isAfter(today), "a transaction-date must not be in the future (" + date + ")");
            Element value = first(transaction, "value");
            rules.check(!LocalDate.parse(value.getAttribute("value-date")).isAfter(today),
                    "a transaction's value-date must not be in the future");
            rules.check(!value.getAttribute("currency").isBlank() || !defaultCurrency.isBlank(),
                    "a transaction value needs a currency or the activity's default-currency");
            rules.check(first(transaction, "transaction-type") != null, "a transaction needs a transaction-type");
        }
    }

    /** Percentages, where given, add up to 100 (a single element without one means all of it). */
    private static boolean percentagesAddUp(List<Element> elements) {
        if (elements.isEmpty() || elements.stream().allMatch(e -> e.getAttribute("percentage").isEmpty())) {
            return elements.size() <= 1;
        }
        BigDecimal sum = elements.stream().map(e -> new BigDecimal(e.getAttribute("percentage"))).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.compareTo(new BigDecimal("100")) == 0;
    }

    private record Rules(String activity, List<String> out) {
        void check(boolean holds, String rule) {
            if (!holds) {
                out.add(activity + ": " + rule);
            }
        }
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not XML: " + e.getMessage(), e);
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element first(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static String text(Element e) {
        return e == null ? "" : e.getTextContent().strip();
    }
}
