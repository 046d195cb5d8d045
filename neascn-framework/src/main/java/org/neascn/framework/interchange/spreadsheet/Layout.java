package org.neascn.framework.interchange.spreadsheet;

import java.util.List;

/**
 * The sheets of the SCAP template and their columns, in order. Every text cell is in the
 * row's language; other languages of the same text go to the Translations sheet, so a plan
 * written in Mongolian with English translations comes back exactly as it was.
 */
final class Layout {

    static final String PLAN = "Plan";
    static final String TARGETS = "Targets";
    static final String INDICATORS = "Indicators";
    static final String MEASUREMENTS = "Measurements";
    static final String PROJECTS = "Projects";
    static final String TRANSLATIONS = "Translations";
    static final String FUNDING = "Funding";
    static final String AGENCY = "Implementing agency";
    static final String DOCUMENTS = "Documents";
    static final String CHALLENGES = "Challenges";
    static final String PARTICIPANTS = "Participants";
    static final String OUTCOMES = "Outcomes";
    /** Written for the officer, never read: what each sheet wants, in the network's six languages. */
    static final String INSTRUCTIONS = "Instructions";

    /** The Plan sheet is a list of fields, one per row, with their value beside them. */
    static final List<String> PLAN_HEADER = List.of("Field", "Value");
    static final String PLAN_ID = "Plan ID";
    static final String MEMBER = "Member ID";
    static final String VERSION = "Version";
    static final String START_YEAR = "Start year";
    static final String END_YEAR = "End year";
    static final String STATUS = "Status";
    static final String LANGUAGE = "Language";
    static final String VISION = "Vision";
    static final String FOCUS_AREAS = "Focus areas";
    static final List<String> PLAN_FIELDS = List.of(PLAN_ID, MEMBER, VERSION, START_YEAR, END_YEAR, STATUS, LANGUAGE,
            VISION, FOCUS_AREAS);

    static final List<String> TARGETS_HEADER = List.of("Target key", LANGUAGE, "Text", FOCUS_AREAS, "SDG targets");
    static final List<String> INDICATORS_HEADER = List.of("Target key", "Indicator key", LANGUAGE, "Name",
            "Catalogue code", "Unit", "Baseline value", "Baseline year", "Target value", "Target year");
    static final List<String> MEASUREMENTS_HEADER = List.of("Target key", "Indicator key", "Date", "Value", "Status", "Note");
    static final List<String> PROJECTS_HEADER = List.of("Project ID", LANGUAGE, "Title", "Description", FOCUS_AREAS,
            "SDG targets", "DAC sector", "Country", "Place", "Latitude", "Longitude", "Stage", "Total cost", "Currency",
            "Financing status", "Instruments sought", "Revenue model", "Future plans", "Emission reduction (tCO2e/year)",
            "Project type", "Actual start", "Actual end");
    /** The Projects columns a template made before the last seven still has; those seven may be absent. */
    static final int PROJECTS_REQUIRED_COLUMNS = 15;
    static final List<String> TRANSLATIONS_HEADER = List.of("Item", "Field", LANGUAGE, "Text", "Original");
    /** What readiness and matching need beside the Projects sheet: one row per source, agency, document, challenge. */
    static final List<String> FUNDING_HEADER = List.of("Project ID", "Funder (partner ID)", LANGUAGE, "Source", "Amount",
            "Currency", "Instrument", "Secured");
    static final List<String> AGENCY_HEADER = List.of("Project ID", LANGUAGE, "Name", "Credit rating");
    static final List<String> DOCUMENTS_HEADER = List.of("Project ID", "Type", LANGUAGE, "Title", "Completed", "Link", "Status");
    static final List<String> CHALLENGES_HEADER = List.of("Project ID", LANGUAGE, "Text", "Category");
    static final List<String> PARTICIPANTS_HEADER = List.of("Project ID", "Organisation (member:ID or partner:ID)", LANGUAGE,
            "Name", "Role");
    /** Expected outcomes and enabling factors, one text per row, in their order. */
    static final List<String> OUTCOMES_HEADER = List.of("Project ID", "Kind", LANGUAGE, "Text");

    /** The sheets every template has; a workbook without one of them is refused. */
    static final List<String> REQUIRED_SHEETS = List.of(PLAN, TARGETS, INDICATORS, MEASUREMENTS, PROJECTS, TRANSLATIONS);
    /** Every sheet the importer reads, in the order it reads them; a template made before the project sheets still imports. */
    static final List<String> SHEETS = List.of(PLAN, TARGETS, INDICATORS, MEASUREMENTS, PROJECTS, TRANSLATIONS,
            FUNDING, AGENCY, DOCUMENTS, CHALLENGES, PARTICIPANTS, OUTCOMES);

    static List<String> header(String sheet) {
        switch (sheet) {
            case PLAN: return PLAN_HEADER;
            case TARGETS: return TARGETS_HEADER;
            case INDICATORS: return INDICATORS_HEADER;
            case MEASUREMENTS: return MEASUREMENTS_HEADER;
            case PROJECTS: return PROJECTS_HEADER;
            case TRANSLATIONS: return TRANSLATIONS_HEADER;
            case FUNDING: return FUNDING_HEADER;
            case AGENCY: return AGENCY_HEADER;
            case DOCUMENTS: return DOCUMENTS_HEADER;
            case CHALLENGES: return CHALLENGES_HEADER;
            case PARTICIPANTS: return PARTICIPANTS_HEADER;
            case OUTCOMES: return OUTCOMES_HEADER;
            default: throw new IllegalArgumentException("no sheet " + sheet);
        }
    }

    /** Separates codes in one cell: "quality-environment, built-infrastructure". */
    static final String LIST_SEPARATOR = ",";

    private Layout() {
    }
}
