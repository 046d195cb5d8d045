package org.neascn.framework.interchange.iati;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.neascn.framework.interchange.InterchangeMappings;
import org.neascn.framework.interchange.OrganisationDirectory;
import org.neascn.model.initiative.Initiative;
import org.neascn.model.initiative.InitiativePartner;
import org.neascn.model.initiative.Milestone;
import org.neascn.model.initiative.TargetRef;
import org.neascn.model.member.Member;
import org.neascn.model.member.MemberId;
import org.neascn.model.project.OrganisationRole;
import org.neascn.model.project.Project;
import org.neascn.model.project.ProjectId;
import org.neascn.model.scap.Scap;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.shared.OrganisationRef;

/**
 * A cooperation initiative as one {@code iati-activity}: the lead member is accountable, the
 * other members implement, and every member's country is a recipient with an equal share.
 * Its dates come from the plans it serves and its milestones; its sectors from its projects,
 * which are its child activities ({@code related-activity} type 2). Its {@code
 * last-updated-datetime} is its own record's last change, when known.
 */
final class InitiativeActivity {

    private final IatiPublisher publisher;
    private final IatiSources sources;
    private final InterchangeMappings mappings;
    private final OrganisationIdentifiers identifiers = OrganisationIdentifiers.standard();

    InitiativeActivity(IatiPublisher publisher, IatiSources sources, InterchangeMappings mappings) {
        this.publisher = publisher;
        this.sources = sources;
        this.mappings = mappings;
    }

    void write(Initiative initiative, XMLStreamWriter xml) throws XMLStreamException {
        ActivityXml out = new ActivityXml(xml);
        List<Project> projects = new ArrayList<>();
        for (ProjectId id : initiative.projects()) {
            sources.projects().apply(id).ifPresent(projects::add);
        }
        List<Scap> plans = new ArrayList<>();
        for (TargetRef t : initiative.targets()) {
            sources.plans().apply(t.plan()).ifPresent(plans::add);
        }
        for (Project p : projects) {
            if (p.plan() != null) {
                sources.plans().apply(p.plan()).ifPresent(plans::add);
            }
        }
        Optional<LocalDate> start = plans.stream().map(s -> LocalDate.of(s.period().startYear(), 1, 1))
                .min(LocalDate::compareTo);
        Optional<LocalDate> end = plans.stream().map(s -> LocalDate.of(s.period().endYear(), 12, 31))
                .max(LocalDate::compareTo);
        Optional<LocalDate> lastMilestone = initiative.milestones().stream().map(Milestone::due).max(LocalDate::compareTo);
        if (lastMilestone.isPresent() && (end.isEmpty() || lastMilestone.get().isAfter(end.get()))) {
            end = lastMilestone;
        }
        if (start.isEmpty() && end.isEmpty()) {
            throw new InvalidValueException("milestones", "initiative " + initiative.id() + " needs a dated milestone or a"
                    + " linked plan: IATI requires an activity date");
        }

        xml.writeStartElement("iati-activity");
        xml.writeAttribute("xml", javax.xml.XMLConstants.XML_NS_URI, "lang", initiative.title().original());
        out.lastUpdated(sources.lastChanges().ofInitiative(initiative));
        ProjectActivity.writeElementText(xml, "iati-identifier",
                IatiExport.identifier(publisher, "initiative", initiative.id().value()));
        ProjectActivity.writeReportingOrg(out, publisher);
        out.textElement("title", initiative.title());
        xml.writeStartElement("description");
        xml.writeAttribute("type", "1");
        out.narratives(initiative.theme().label());
        xml.writeEndElement();
        TreeSet<String> countries = writeParticipants(out, initiative);
        out.codeElement("activity-status", mappings.iatiActivityStatus(initiative.status()));
        if (start.isPresent()) {
            out.activityDate(ActivityXml.PLANNED_START, start.get());
        }
        if (end.isPresent()) {
            out.activityDate(ActivityXml.PLANNED_END, end.get());
        }
        List<BigDecimal> shares = ActivityXml.equalShares(countries.size());
        int i = 0;
        for (String country : countries) {
            xml.writeEmptyElement("recipient-country");
            xml.writeAttribute("code", ActivityXml.COUNTRY.require(country, "members.country"));
            if (countries.size() > 1) {
                xml.writeAttribute("percentage", shares.get(i).toPlainString());
            }
            i++;
        }
        TreeSet<String> sectors = new TreeSet<>();
        projects.stream().map(Project::dacSector).filter(s -> s != null).forEach(sectors::add);
        List<BigDecimal> sectorShares = sectors.isEmpty() ? List.of() : ActivityXml.equalShares(sectors.size());
        i = 0;
        for (String sector : sectors) {
            xml.writeEmptyElement("sector");
            xml.writeAttribute("vocabulary", "1");
            xml.writeAttribute("code", ActivityXml.SECTOR.require(sector, "projects.dacSector"));
            xml.writeAttribute("percentage", sectorShares.get(i++).toPlainString());
        }
        // The projects the initiative serves are its child activities, so IATI tools can walk from one to the others.
        for (ProjectId project : initiative.projects()) {
            out.relatedActivity(ActivityXml.CHILD, IatiExport.identifier(publisher, "project", project.value()));
        }
        xml.writeEndElement();
    }

    /** Writes the members and partners; returns the members' countries. */
    private TreeSet<String> writeParticipants(ActivityXml out, Initiative initiative) throws XMLStreamException {
        OrganisationDirectory orgs = sources.organisations();
        TreeSet<String> countries = new TreeSet<>();
        List<MemberId> ordered = new ArrayList<>();
        ordered.add(initiative.lead());
        initiative.members().stream().filter(m -> !m.equals(initiative.lead())).forEach(ordered::add);
        for (MemberId id : ordered) {
            Member member = orgs.member(id).orElseThrow(() -> new InvalidValueException("members",
                    "initiative " + initiative.id() + " names member " + id + ", which is not in the network"));
            countries.add(member.country().value());
            String role = id.equals(initiative.lead()) ? OrganisationRole.ACCOUNTABLE.iatiCode()
                    : OrganisationRole.IMPLEMENTING.iatiCode();
            out.participatingOrg(role, OrganisationDirectory.asOrganisation(member).type().iatiCode(), member.name());
        }
        for (int i = 0; i < initiative.partners().size(); i++) {
            InitiativePartner p = initiative.partners().get(i);
            OrganisationDirectory.Organisation org = orgs.require(
                    OrganisationRef.partner(p.partner().value()), "partners[" + i + "].partner");
            out.participatingOrg(p.role().iatiCode(), org.type().iatiCode(), identifiers.of(p.partner()).orElse(null),
                    org.name());
        }
        return countries;
    }
}
