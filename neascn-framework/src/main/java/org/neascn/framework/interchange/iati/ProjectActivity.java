package org.neascn.framework.interchange.iati;

import java.time.LocalDate;
import java.util.LinkedHashSet;
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
import org.neascn.model.shared.OrganisationRef;

/**
 * A priority project as one {@code iati-activity}. The city that owns the project is the
 * accountable organisation; its plan's period gives the planned start and end (IATI needs at
 * least one date, and a project has none of its own); its total cost is the original budget.
 */
final class ProjectActivity {

    private final IatiPublisher publisher;
    private final IatiSources sources;
    private final InterchangeMappings mappings;

    ProjectActivity(IatiPublisher publisher, IatiSources sources, InterchangeMappings mappings) {
        this.publisher = publisher;
        this.sources = sources;
        this.mappings = mappings;
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
        writeElementText(xml, "iati-identifier", IatiExport.identifier(publisher, "project", project.id().value()));
        writeReportingOrg(out, publisher);
        out.textElement("title", project.title());
        xml.writeStartElement("description");
        xml.writeAttribute("type", "1");
        // IATI requires a description; a project entered without one is described by its title.
        out.narratives(project.description() != null ? project.description() : project.title());
        xml.writeEndElement();
        writeParticipants(out, project);
        out.codeElement("activity-status", mappings.iatiActivityStatus(project.stage()));
        out.activityDate(ActivityXml.PLANNED_START, start);
        out.activityDate(ActivityXml.PLANNED_END, end);
        xml.writeEmptyElement("recipient-country");
        xml.writeAttribute("code", ActivityXml.COUNTRY.require(project.location().country().value(), "location.country"));
        if (project.dacSector() != null) {
            xml.writeEmptyElement("sector");
            xml.writeAttribute("vocabulary", "1");
            xml.writeAttribute("code", ActivityXml.SECTOR.require(project.dacSector(), "dacSector"));
        }
        if (project.totalCost() != null) {
            xml.writeStartElement("budget");
            xml.writeAttribute("type", ActivityXml.ORIGINAL_BUDGET);
            xml.writeEmptyElement("period-start");
            xml.writeAttribute("iso-date", start.toString());
            xml.writeEmptyElement("period-end");
            xml.writeAttribute("iso-date", end.toString());
            xml.writeStartElement("value");
            xml.writeAttribute("currency", project.totalCost().currency().value());
            xml.writeAttribute("value-date", start.toString());
            xml.writeCharacters(project.totalCost().amount().toPlainString());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
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
                out.participatingOrg(p.role().iatiCode(), org.type().iatiCode(), org.name());
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
                    out.participatingOrg(OrganisationRole.FUNDING.iatiCode(), org.type().iatiCode(), org.name());
                }
            }
        }
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
