package org.neascn.framework.interchange.iati;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.neascn.framework.interchange.InterchangeMappings;
import org.neascn.framework.interchange.OrganisationDirectory;
import org.neascn.model.partner.OrganisationType;
import org.neascn.model.project.Funding;
import org.neascn.model.project.OrganisationRole;
import org.neascn.model.project.Participant;
import org.neascn.model.project.Project;
import org.neascn.model.scap.Scap;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Money;
import org.neascn.model.shared.OrganisationRef;

/**
 * A priority project as one {@code iati-activity}. The city that owns the project is the
 * accountable organisation; its plan's period gives the planned start and end (IATI needs at
 * least one date, and a project plans by its plan); the actual start and end are the record's,
 * where it has them and they are not after the export's day (IATI's rules refuse actual dates
 * in the future: such a date is a mistake in the record, not an event); its last change
 * ({@link org.neascn.framework.interchange.LastChanges#ofProject}) is the activity's {@code
 * last-updated-datetime}, left out when unknown; its total cost is the original budget,
 * in annual budgets over that period ({@link AnnualBudgets}); each secured source of funding is
 * an incoming commitment from its funder. The schema requires a description and the IATI rules
 * count a repeated title as none, so a project recorded without one is described by the facts
 * its record holds: whose plan it belongs to and the plan's period.
 */
final class ProjectActivity {

    private final IatiPublisher publisher;
    private final IatiSources sources;
    private final InterchangeMappings mappings;
    private final OrganisationIdentifiers identifiers = OrganisationIdentifiers.standard();
    private final LocalDate today;

    /** IATI BudgetStatus 1: indicative (the even spread over the years is no commitment). */
    private static final String INDICATIVE = "1";

    ProjectActivity(IatiPublisher publisher, IatiSources sources, InterchangeMappings mappings, LocalDate today) {
        this.publisher = publisher;
        this.sources = sources;
        this.mappings = mappings;
        this.today = today;
    }

    void write(Project project, XMLStreamWriter xml) throws XMLStreamException {
        ActivityXml out = new ActivityXml(xml);
        Scap plan = project.plan() == null ? null : sources.plans().apply(project.plan()).orElse(null);
        if (plan == null) {
            throw new InvalidValueException("plan", "project " + project.id() + " needs a plan: IATI requires an activity"
                    + " date, and a project is dated by its plan's period");
        }
        LocalDate start = LocalDate.of(plan.period().startYear(), 1, 1);
        LocalDate end = LocalDate.of(plan.period().endYear(), 12, 31);

        xml.writeStartElement("iati-activity");
        xml.writeAttribute("xml", javax.xml.XMLConstants.XML_NS_URI, "lang", project.title().original());
        if (project.totalCost() != null) {
            xml.writeAttribute("default-currency",
                    ActivityXml.CURRENCY.require(project.totalCost().currency().value(), "totalCost.currency"));
        }
        out.lastUpdated(sources.lastChanges().ofProject(project));
        writeElementText(xml, "iati-identifier", IatiExport.identifier(publisher, "project", project.id().value()));
        writeReportingOrg(out, publisher);
        out.textElement("title", project.title());
        xml.writeStartElement("description");
        xml.writeAttribute("type", "1");
        out.narratives(project.description() != null ? project.description() : describe(project, plan));
        xml.writeEndElement();
        writeParticipants(out, project);
        out.codeElement("activity-status", mappings.iatiActivityStatus(project.stage()));
        out.activityDate(ActivityXml.PLANNED_START, start);
        writeActual(out, ActivityXml.ACTUAL_START, project.actualStart());
        out.activityDate(ActivityXml.PLANNED_END, end);
        writeActual(out, ActivityXml.ACTUAL_END, project.actualEnd());
        xml.writeEmptyElement("recipient-country");
        xml.writeAttribute("code", ActivityXml.COUNTRY.require(project.location().country().value(), "location.country"));
        if (project.dacSector() != null) {
            xml.writeEmptyElement("sector");
            xml.writeAttribute("vocabulary", "1");
            xml.writeAttribute("code", ActivityXml.SECTOR.require(project.dacSector(), "dacSector"));
        }
        if (project.totalCost() != null) {
            for (AnnualBudgets.Budget budget : AnnualBudgets.of(project.totalCost(), plan.period().startYear(),
                    plan.period().endYear())) {
                xml.writeStartElement("budget");
                xml.writeAttribute("type", ActivityXml.ORIGINAL_BUDGET);
                xml.writeAttribute("status", INDICATIVE);
                xml.writeEmptyElement("period-start");
                xml.writeAttribute("iso-date", budget.start().toString());
                xml.writeEmptyElement("period-end");
                xml.writeAttribute("iso-date", budget.end().toString());
                out.value(new Money(budget.amount(), project.totalCost().currency()), budget.start());
                xml.writeEndElement();
            }
        }
        writeCommitments(out, project, start);
        for (var initiative : sources.initiativesOf().apply(project.id())) {
            out.relatedActivity(ActivityXml.PARENT, IatiExport.identifier(publisher, "initiative", initiative.value()));
        }
        xml.writeEndElement();
    }

    private void writeActual(ActivityXml out, String type, LocalDate date) throws XMLStreamException {
        if (date != null && !date.isAfter(today)) {
            out.activityDate(type, date);
        }
    }

    /**
     * Secured funding as incoming commitments (pledged funding is not yet committed, so it is
     * not a transaction). The record does not say when the money was committed; the activity's
     * start is used, or the export's day when that is still ahead, because the IATI rules refuse
     * a transaction dated in the future.
     */
    private void writeCommitments(ActivityXml out, Project project, LocalDate start) throws XMLStreamException {
        XMLStreamWriter xml = out.xml();
        LocalDate date = start.isAfter(today) ? today : start;
        for (int i = 0; i < project.funding().size(); i++) {
            Funding f = project.funding().get(i);
            if (!f.secured()) {
                continue;
            }
            xml.writeStartElement("transaction");
            out.codeElement("transaction-type", ActivityXml.INCOMING_COMMITMENT);
            xml.writeEmptyElement("transaction-date");
            xml.writeAttribute("iso-date", date.toString());
            out.value(f.amount(), date);
            xml.writeStartElement("provider-org");
            LocalizedText name = f.source();
            if (f.funder() != null) {
                OrganisationDirectory.Organisation org = sources.organisations().require(
                        OrganisationRef.partner(f.funder().value()), "funding[" + i + "].funder");
                name = org.name();
                Optional<String> ref = identifiers.of(f.funder());
                if (ref.isPresent()) {
                    xml.writeAttribute("ref", ref.get());
                }
                xml.writeAttribute("type", ActivityXml.ORGANISATION_TYPE.require(org.type().iatiCode(), "funding.funder.type"));
            }
            out.narratives(name);
            xml.writeEndElement();
            xml.writeEndElement();
        }
    }

    private void writeParticipants(ActivityXml out, Project project) throws XMLStreamException {
        OrganisationDirectory orgs = sources.organisations();
        OrganisationDirectory.Organisation city = orgs.require(OrganisationRef.member(project.member().value()), "member");
        out.participatingOrg(OrganisationRole.ACCOUNTABLE.iatiCode(), city.type().iatiCode(), city.name());
        if (project.implementingAgency() != null) {
            out.participatingOrg(OrganisationRole.IMPLEMENTING.iatiCode(), null, project.implementingAgency().name());
        }
        Set<String> funders = new LinkedHashSet<>();
        for (int i = 0; i < project.participants().size(); i++) {
            Participant p = project.participants().get(i);
            if (p.organisation() != null) {
                OrganisationDirectory.Organisation org = orgs.require(p.organisation(), "participants[" + i + "].organisation");
                out.participatingOrg(p.role().iatiCode(), org.type().iatiCode(),
                        identifiers.ofDirectoryId(org.id()).orElse(null), org.name());
                if (p.role() == OrganisationRole.FUNDING) {
                    funders.add(org.id());
                }
            } else {
                out.participatingOrg(p.role().iatiCode(), null, p.name());
            }
        }
        // A partner that funds the project is a funding organisation even when not listed as a participant.
        for (int i = 0; i < project.funding().size(); i++) {
            Funding f = project.funding().get(i);
            if (f.funder() != null) {
                OrganisationDirectory.Organisation org = orgs.require(
                        OrganisationRef.partner(f.funder().value()), "funding[" + i + "].funder");
                if (funders.add(org.id())) {
                    out.participatingOrg(OrganisationRole.FUNDING.iatiCode(), org.type().iatiCode(),
                            identifiers.of(f.funder()).orElse(null), org.name());
                }
            }
        }
    }

    private LocalizedText describe(Project project, Scap plan) {
        OrganisationDirectory.Organisation city = sources.organisations()
                .require(OrganisationRef.member(project.member().value()), "member");
        return LocalizedText.of("en", "A priority project of " + city.name().originalText() + " in its smart city action plan "
                + plan.period().startYear() + "–" + plan.period().endYear() + "; no description was recorded.");
    }

    static void writeReportingOrg(ActivityXml out, IatiPublisher publisher) throws XMLStreamException {
        XMLStreamWriter xml = out.xml();
        xml.writeStartElement("reporting-org");
        xml.writeAttribute("ref", publisher.ref());
        xml.writeAttribute("type", publisher.type());
        out.narratives(publisher.name());
        xml.writeEndElement();
    }

    static void writeElementText(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** Whether the organisation type of members is one IATI knows: checked once, here. */
    static {
        ActivityXml.ORGANISATION_TYPE.require(OrganisationType.CITY_GOVERNMENT.iatiCode(), "member.type");
    }

}
