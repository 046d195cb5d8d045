package org.neascn.framework.interchange.spreadsheet;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.neascn.framework.interchange.ImportProblem;
import org.neascn.model.partner.PartnerId;
import org.neascn.model.project.Challenge;
import org.neascn.model.project.DocumentType;
import org.neascn.model.project.Funding;
import org.neascn.model.project.ImplementingAgency;
import org.neascn.model.project.Instrument;
import org.neascn.model.project.OrganisationRole;
import org.neascn.model.project.Participant;
import org.neascn.model.project.ProjectBuilder;
import org.neascn.model.project.ProjectDocument;
import org.neascn.model.shared.CurrencyCode;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Money;
import org.neascn.model.shared.OrganisationRef;

/**
 * Reads the sheets that complete a project for readiness and matching: its sources of funding,
 * its implementing agency, its documents, its challenges, its participants and its expected
 * outcomes and enabling factors, one row each, tied to the Projects
 * sheet by the project's ID. A row naming a project the Projects sheet does not list is a problem
 * there, not silently dropped. Texts take their other languages from the Translations sheet,
 * under the project's item and a field such as {@code funding[1].source}.
 */
final class ProjectDetails {

    private final TablesToPlan in;
    private final Map<String, List<Consumer<ProjectBuilder>>> byProject = new HashMap<>();
    private final List<Named> rows = new ArrayList<>();

    /** A row of a detail sheet with the project it names, to check once the projects are known. */
    private record Named(String sheet, int row, String project) {
    }

    ProjectDetails(TablesToPlan in) {
        this.in = in;
    }

    void read(Map<String, Table> tables) {
        readFunding(tables.get(Layout.FUNDING));
        readAgency(tables.get(Layout.AGENCY));
        readDocuments(tables.get(Layout.DOCUMENTS));
        readChallenges(tables.get(Layout.CHALLENGES));
        readParticipants(tables.get(Layout.PARTICIPANTS));
        readOutcomes(tables.get(Layout.OUTCOMES));
    }

    private void readParticipants(Table sheet) {
        String s = Layout.PARTICIPANTS;
        Map<String, Integer> counts = new HashMap<>();
        for (Table.Row row : rows(sheet)) {
            String project = project(s, row);
            OrganisationRef organisation = in.cell(s, row, 1, ProjectDetails::organisation);
            String lang = language(s, row, 2);
            OrganisationRole role = in.cell(s, row, 4, c -> Cells.choice(c, OrganisationRole.class));
            if (project == null || lang == null || role == null || (!row.cell(1).isBlank() && organisation == null)) {
                continue;
            }
            int n = counts.merge(project, 1, Integer::sum) - 1;
            LocalizedText name = in.translations.join(Translations.projectItem(project), "participants[" + n + "].name", lang,
                    row.cell(3));
            Participant participant = in.attempt(s, row.number(), "Name", () -> new Participant(organisation, name, role));
            add(project, b -> b.participant(participant), participant);
        }
    }

    /** The two kinds of text the Outcomes sheet holds, named as the sheet's Kind column says them. */
    enum OutcomeKind { EXPECTED_OUTCOME, ENABLING_FACTOR }

    private void readOutcomes(Table sheet) {
        String s = Layout.OUTCOMES;
        Map<String, Integer> counts = new HashMap<>();
        for (Table.Row row : rows(sheet)) {
            String project = project(s, row);
            OutcomeKind kind = in.cell(s, row, 1, c -> Cells.choice(c, OutcomeKind.class));
            String lang = language(s, row, 2);
            if (project == null || kind == null || lang == null) {
                continue;
            }
            String field = kind == OutcomeKind.EXPECTED_OUTCOME ? "expectedOutcomes" : "enablingFactors";
            int n = counts.merge(project + field, 1, Integer::sum) - 1;
            LocalizedText text = in.translations.join(Translations.projectItem(project), field + "[" + n + "]", lang,
                    row.cell(3));
            if (text == null) {
                in.problems.add(new ImportProblem(s, row.number(), "Text", "this cell is required"));
                continue;
            }
            add(project, kind == OutcomeKind.EXPECTED_OUTCOME ? b -> b.expectedOutcome(text) : b -> b.enablingFactor(text), text);
        }
    }

    private static OrganisationRef organisation(String cell) {
        if (cell.isBlank()) {
            return null;
        }
        String[] parts = cell.strip().split(":", 2);
        if (parts.length == 2 && parts[0].equalsIgnoreCase("member")) {
            return OrganisationRef.member(org.neascn.model.member.MemberId.of(parts[1].strip()).value());
        }
        if (parts.length == 2 && parts[0].equalsIgnoreCase("partner")) {
            return OrganisationRef.partner(PartnerId.of(parts[1].strip()).value());
        }
        throw new InvalidValueException("organisation", "'" + cell + "' is neither member:ID nor partner:ID");
    }

    void apply(org.neascn.model.project.ProjectId id, ProjectBuilder builder) {
        byProject.getOrDefault(id.value(), List.of()).forEach(c -> c.accept(builder));
    }

    void refuseUnknown(Set<String> listed) {
        for (Named n : rows) {
            if (!listed.contains(n.project())) {
                in.problems.add(new ImportProblem(n.sheet(), n.row(), "Project ID",
                        "project '" + n.project() + "' is not on the Projects sheet"));
            }
        }
    }

    private void readFunding(Table sheet) {
        String s = Layout.FUNDING;
        Map<String, Integer> counts = new HashMap<>();
        for (Table.Row row : rows(sheet)) {
            String project = project(s, row);
            PartnerId funder = in.cell(s, row, 1, c -> c.isBlank() ? null : PartnerId.of(c.strip()));
            String lang = language(s, row, 2);
            BigDecimal amount = in.cell(s, row, 4, Cells::number);
            CurrencyCode currency = in.cell(s, row, 5, c -> CurrencyCode.of(Cells.required(c).toUpperCase(Locale.ROOT)));
            Instrument instrument = in.cell(s, row, 6, c -> c.isBlank() ? null : Cells.choice(c, Instrument.class));
            Boolean secured = in.cell(s, row, 7, ProjectDetails::yesNo);
            if (project == null || lang == null || amount == null || currency == null || secured == null) {
                continue;
            }
            int n = counts.merge(project, 1, Integer::sum) - 1;
            LocalizedText source = in.translations.join(Translations.projectItem(project), "funding[" + n + "].source", lang,
                    row.cell(3));
            Funding funding = in.attempt(s, row.number(), "Source",
                    () -> new Funding(funder, source, new Money(amount, currency), instrument, secured));
            add(project, b -> b.funding(funding), funding);
        }
    }

    private void readAgency(Table sheet) {
        String s = Layout.AGENCY;
        Set<String> seen = new HashSet<>();
        for (Table.Row row : rows(sheet)) {
            String project = project(s, row);
            String lang = language(s, row, 1);
            if (project == null || lang == null) {
                continue;
            }
            if (!seen.add(project)) {
                in.problems.add(new ImportProblem(s, row.number(), "Project ID", "project '" + project
                        + "' has one implementing agency; it is listed twice"));
                continue;
            }
            LocalizedText name = in.translations.join(Translations.projectItem(project), "implementingAgency.name", lang,
                    row.cell(2));
            String rating = row.cell(3).isBlank() ? null : row.cell(3).strip();
            ImplementingAgency agency = in.attempt(s, row.number(), "Name", () -> new ImplementingAgency(name, rating));
            add(project, b -> b.implementingAgency(agency), agency);
        }
    }

    private void readDocuments(Table sheet) {
        String s = Layout.DOCUMENTS;
        Map<String, Integer> counts = new HashMap<>();
        for (Table.Row row : rows(sheet)) {
            String project = project(s, row);
            DocumentType type = in.cell(s, row, 1, c -> Cells.choice(c, DocumentType.class));
            String lang = language(s, row, 2);
            java.time.LocalDate completed = in.cell(s, row, 4, c -> c.isBlank() ? null : Cells.date(c));
            URI link = in.cell(s, row, 5, ProjectDetails::link);
            ProjectDocument.Status status = in.cell(s, row, 6,
                    c -> c.isBlank() ? null : Cells.choice(c, ProjectDocument.Status.class));
            if (project == null || type == null || lang == null || (!row.cell(4).isBlank() && completed == null)
                    || (!row.cell(5).isBlank() && link == null) || (!row.cell(6).isBlank() && status == null)) {
                continue;
            }
            int n = counts.merge(project, 1, Integer::sum) - 1;
            LocalizedText title = in.translations.join(Translations.projectItem(project), "documents[" + n + "].title", lang,
                    row.cell(3));
            ProjectDocument document = in.attempt(s, row.number(), "Title",
                    () -> new ProjectDocument(type, title, completed, link, status));
            add(project, b -> b.document(document), document);
        }
    }

    private void readChallenges(Table sheet) {
        String s = Layout.CHALLENGES;
        Map<String, Integer> counts = new HashMap<>();
        for (Table.Row row : rows(sheet)) {
            String project = project(s, row);
            String lang = language(s, row, 1);
            if (project == null || lang == null) {
                continue;
            }
            int n = counts.merge(project, 1, Integer::sum) - 1;
            LocalizedText text = in.translations.join(Translations.projectItem(project), "challenges[" + n + "].text", lang,
                    row.cell(2));
            String category = row.cell(3).isBlank() ? null : row.cell(3).strip();
            Challenge challenge = in.attempt(s, row.number(), "Text", () -> new Challenge(text, category));
            add(project, b -> b.challenge(challenge), challenge);
        }
    }

    private void add(String project, Consumer<ProjectBuilder> detail, Object built) {
        if (built != null) {
            byProject.computeIfAbsent(project, p -> new ArrayList<>()).add(detail);
        }
    }

    private List<Table.Row> rows(Table sheet) {
        return sheet.rows().stream().filter(r -> !r.isBlank()).toList();
    }

    private String project(String sheet, Table.Row row) {
        String id = in.cell(sheet, row, 0, c -> TablesToPlan.projectId(c).value());
        if (id != null) {
            rows.add(new Named(sheet, row.number(), id));
        }
        return id;
    }

    private String language(String sheet, Table.Row row, int column) {
        return in.cell(sheet, row, column, c -> LocalizedText.canonicalTag(Cells.required(c), "language"));
    }

    private static Boolean yesNo(String cell) {
        String value = Cells.required(cell).strip().toLowerCase(Locale.ROOT);
        if (value.equals("yes") || value.equals("true")) {
            return true;
        }
        if (value.equals("no") || value.equals("false")) {
            return false;
        }
        throw new InvalidValueException("secured", "'" + cell + "' is neither yes nor no");
    }

    private static URI link(String cell) {
        if (cell.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(cell.strip());
            if (!uri.isAbsolute()) {
                throw new InvalidValueException("link", "'" + cell + "' is not a full address such as https://…");
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new InvalidValueException("link", "'" + cell + "' is not a web address");
        }
    }
}
