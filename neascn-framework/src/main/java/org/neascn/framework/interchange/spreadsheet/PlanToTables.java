package org.neascn.framework.interchange.spreadsheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.neascn.model.project.Challenge;
import org.neascn.model.project.Funding;
import org.neascn.model.project.ImplementingAgency;
import org.neascn.model.project.Participant;
import org.neascn.model.project.Project;
import org.neascn.model.project.ProjectDocument;
import org.neascn.model.scap.Indicator;
import org.neascn.model.scap.Measurement;
import org.neascn.model.scap.Scap;
import org.neascn.model.scap.StrategicTarget;
import org.neascn.model.shared.LocalizedText;

/** Lays a plan and its projects out as the template's sheets. */
final class PlanToTables {

    private PlanToTables() {
    }

    static List<Table> tables(Scap plan, List<Project> projects) {
        Translations translations = new Translations();
        String lang = plan.vision().original();
        List<Table.Row> planRows = new ArrayList<>();
        addField(planRows, Layout.PLAN_ID, plan.id().value());
        addField(planRows, Layout.MEMBER, plan.member().value());
        addField(planRows, Layout.VERSION, String.valueOf(plan.version()));
        addField(planRows, Layout.START_YEAR, String.valueOf(plan.period().startYear()));
        addField(planRows, Layout.END_YEAR, String.valueOf(plan.period().endYear()));
        addField(planRows, Layout.STATUS, plan.status().name());
        addField(planRows, Layout.LANGUAGE, lang);
        addField(planRows, Layout.VISION, translations.export(Translations.planItem(), "vision", lang, plan.vision()));
        addField(planRows, Layout.FOCUS_AREAS, join(plan.focusAreas()));

        List<Table.Row> targets = new ArrayList<>();
        List<Table.Row> indicators = new ArrayList<>();
        List<Table.Row> measurements = new ArrayList<>();
        for (StrategicTarget t : plan.targets()) {
            String tl = t.text().original();
            targets.add(row(targets, t.key(), tl, translations.export(Translations.targetItem(t.key()), "text", tl, t.text()),
                    join(t.focusAreas()), join(t.sdgTargets())));
            for (Indicator i : t.indicators()) {
                String il = i.name().original();
                indicators.add(row(indicators, t.key(), i.key(), il,
                        translations.export(Translations.indicatorItem(t.key(), i.key()), "name", il, i.name()),
                        i.catalogueCode() == null ? "" : i.catalogueCode().value(), i.unit(),
                        plain(i.baseline().value()), String.valueOf(i.baseline().year()),
                        plain(i.target().value()), String.valueOf(i.target().year())));
                for (Measurement m : i.measurements()) {
                    measurements.add(row(measurements, t.key(), i.key(), m.date().toString(), plain(m.value()),
                            m.status().name(), m.note() == null ? "" : m.note()));
                }
            }
        }
        List<Table.Row> projectRows = new ArrayList<>();
        for (Project p : projects) {
            String pl = p.title().original();
            String item = Translations.projectItem(p.id().value());
            projectRows.add(row(projectRows, p.id().value(), pl,
                    translations.export(item, "title", pl, p.title()),
                    translations.export(item, "description", pl, p.description()),
                    join(p.focusAreas()), join(p.sdgTargets()), p.dacSector() == null ? "" : p.dacSector(),
                    p.location().country().value(),
                    translations.export(item, "place", pl, p.location().place()),
                    p.location().latitude() == null ? "" : p.location().latitude().toString(),
                    p.location().longitude() == null ? "" : p.location().longitude().toString(),
                    p.stage().name(),
                    p.totalCost() == null ? "" : plain(p.totalCost().amount()),
                    p.totalCost() == null ? "" : p.totalCost().currency().value(),
                    p.financingStatus().name(), join(p.instrumentsSought()),
                    translations.export(item, "revenueModel", pl, p.revenueModel()),
                    translations.export(item, "futurePlans", pl, p.futurePlans()),
                    p.emissionReductionTco2ePerYear() == null ? "" : plain(p.emissionReductionTco2ePerYear()),
                    p.projectType() == null ? "" : p.projectType().name(),
                    p.actualStart() == null ? "" : p.actualStart().toString(),
                    p.actualEnd() == null ? "" : p.actualEnd().toString()));
        }
        Details details = new Details(translations);
        projects.forEach(details::add);
        List<Table.Row> translationRows = new ArrayList<>();
        for (Translations.Entry e : translations.entries()) {
            translationRows.add(row(translationRows, e.item(), e.field(), e.language(), e.text(), e.original() ? "yes" : ""));
        }
        return List.of(
                new Table(Layout.PLAN, Layout.PLAN_HEADER, planRows),
                new Table(Layout.TARGETS, Layout.TARGETS_HEADER, targets),
                new Table(Layout.INDICATORS, Layout.INDICATORS_HEADER, indicators),
                new Table(Layout.MEASUREMENTS, Layout.MEASUREMENTS_HEADER, measurements),
                new Table(Layout.PROJECTS, Layout.PROJECTS_HEADER, projectRows),
                new Table(Layout.TRANSLATIONS, Layout.TRANSLATIONS_HEADER, translationRows),
                new Table(Layout.FUNDING, Layout.FUNDING_HEADER, details.funding),
                new Table(Layout.AGENCY, Layout.AGENCY_HEADER, details.agencies),
                new Table(Layout.DOCUMENTS, Layout.DOCUMENTS_HEADER, details.documents),
                new Table(Layout.CHALLENGES, Layout.CHALLENGES_HEADER, details.challenges),
                new Table(Layout.PARTICIPANTS, Layout.PARTICIPANTS_HEADER, details.participants),
                new Table(Layout.OUTCOMES, Layout.OUTCOMES_HEADER, details.outcomes));
    }

    /** The rows of the detail sheets, each text in its own original language with the rest as translations. */
    private static final class Details {
        final Translations translations;
        final List<Table.Row> funding = new ArrayList<>();
        final List<Table.Row> agencies = new ArrayList<>();
        final List<Table.Row> documents = new ArrayList<>();
        final List<Table.Row> challenges = new ArrayList<>();
        final List<Table.Row> participants = new ArrayList<>();
        final List<Table.Row> outcomes = new ArrayList<>();

        Details(Translations translations) {
            this.translations = translations;
        }

        void add(Project p) {
            String id = p.id().value();
            String item = Translations.projectItem(id);
            String projectLanguage = p.title().original();
            for (int i = 0; i < p.funding().size(); i++) {
                Funding f = p.funding().get(i);
                String lang = f.source() == null ? projectLanguage : f.source().original();
                funding.add(row(funding, id, f.funder() == null ? "" : f.funder().value(), lang,
                        translations.export(item, "funding[" + i + "].source", lang, f.source()), plain(f.amount().amount()),
                        f.amount().currency().value(), f.instrument() == null ? "" : f.instrument().name(),
                        f.secured() ? "yes" : "no"));
            }
            if (p.implementingAgency() != null) {
                ImplementingAgency a = p.implementingAgency();
                String lang = a.name().original();
                agencies.add(row(agencies, id, lang, translations.export(item, "implementingAgency.name", lang, a.name()),
                        a.creditRating() == null ? "" : a.creditRating()));
            }
            for (int i = 0; i < p.documents().size(); i++) {
                ProjectDocument d = p.documents().get(i);
                String lang = d.title().original();
                documents.add(row(documents, id, d.type().name(), lang,
                        translations.export(item, "documents[" + i + "].title", lang, d.title()),
                        d.completed() == null ? "" : d.completed().toString(), d.link() == null ? "" : d.link().toString(),
                        d.status() == null ? "" : d.status().name()));
            }
            for (int i = 0; i < p.challenges().size(); i++) {
                Challenge c = p.challenges().get(i);
                String lang = c.text().original();
                challenges.add(row(challenges, id, lang, translations.export(item, "challenges[" + i + "].text", lang, c.text()),
                        c.category() == null ? "" : c.category()));
            }
            for (int i = 0; i < p.participants().size(); i++) {
                Participant x = p.participants().get(i);
                String lang = x.name() == null ? projectLanguage : x.name().original();
                participants.add(row(participants, id, x.organisation() == null ? "" : x.organisation().toString(), lang,
                        translations.export(item, "participants[" + i + "].name", lang, x.name()), x.role().name()));
            }
            outcomes(id, item, "expectedOutcomes", "EXPECTED_OUTCOME", p.expectedOutcomes());
            outcomes(id, item, "enablingFactors", "ENABLING_FACTOR", p.enablingFactors());
        }

        private void outcomes(String id, String item, String field, String kind, List<LocalizedText> texts) {
            for (int i = 0; i < texts.size(); i++) {
                String lang = texts.get(i).original();
                outcomes.add(row(outcomes, id, kind, lang, translations.export(item, field + "[" + i + "]", lang, texts.get(i))));
            }
        }
    }

    /** The template with its sheets, headers and plan fields, and nothing filled in: for a new plan. */
    static List<Table> empty() {
        List<Table.Row> planRows = new ArrayList<>();
        Layout.PLAN_FIELDS.forEach(field -> addField(planRows, field, ""));
        return List.of(
                new Table(Layout.PLAN, Layout.PLAN_HEADER, planRows),
                new Table(Layout.TARGETS, Layout.TARGETS_HEADER, List.of()),
                new Table(Layout.INDICATORS, Layout.INDICATORS_HEADER, List.of()),
                new Table(Layout.MEASUREMENTS, Layout.MEASUREMENTS_HEADER, List.of()),
                new Table(Layout.PROJECTS, Layout.PROJECTS_HEADER, List.of()),
                new Table(Layout.TRANSLATIONS, Layout.TRANSLATIONS_HEADER, List.of()),
                new Table(Layout.FUNDING, Layout.FUNDING_HEADER, List.of()),
                new Table(Layout.AGENCY, Layout.AGENCY_HEADER, List.of()),
                new Table(Layout.DOCUMENTS, Layout.DOCUMENTS_HEADER, List.of()),
                new Table(Layout.CHALLENGES, Layout.CHALLENGES_HEADER, List.of()),
                new Table(Layout.PARTICIPANTS, Layout.PARTICIPANTS_HEADER, List.of()),
                new Table(Layout.OUTCOMES, Layout.OUTCOMES_HEADER, List.of()));
    }

    private static void addField(List<Table.Row> rows, String field, String value) {
        rows.add(new Table.Row(rows.size() + 2, List.of(field, value)));
    }

    private static Table.Row row(List<Table.Row> rows, String... cells) {
        return new Table.Row(rows.size() + 2, List.of(cells));
    }

    private static String join(Collection<?> codes) {
        return codes.stream().map(Object::toString).collect(Collectors.joining(Layout.LIST_SEPARATOR + " "));
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
