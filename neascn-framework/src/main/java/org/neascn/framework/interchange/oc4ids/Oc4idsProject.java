package org.neascn.framework.interchange.oc4ids;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.Set;
import java.util.stream.Collectors;
import org.neascn.framework.interchange.Codelist;
import org.neascn.framework.interchange.InterchangeMappings;
import org.neascn.framework.interchange.LastChanges;
import org.neascn.framework.interchange.OrganisationDirectory;
import org.neascn.model.project.Funding;
import org.neascn.model.project.OrganisationRole;
import org.neascn.model.project.Participant;
import org.neascn.model.project.Project;
import org.neascn.model.scap.Scap;
import org.neascn.model.scap.ScapId;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Money;
import org.neascn.model.shared.OrganisationRef;
import org.neascn.model.taxonomy.SdgTargetCode;

/**
 * One priority project as an OC4IDS project. OC4IDS texts are single-language, so a project
 * travels in its original language, which the {@code language} field names. The owning city is
 * the public authority; the plan's period, where the plan can be read, is the project's period
 * (OC4IDS's planned period). What happened is beside it: the actual start as a {@code
 * commencement} milestone that was met (OC4IDS 0.9 has no actual start date of its own) and the
 * actual end as {@code completion.endDate}. {@code updated} is the project's last change ({@link
 * LastChanges#ofProject}), left out when unknown; {@code type} is the recorded project type, left
 * out when none is recorded rather than guessed. Each source of funding is a financing
 * arrangement; its funder is a party with the {@code funder} role.
 */
final class Oc4idsProject {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** The milestone of an actual start: the commencement of works (a delivery milestone), met. */
    private static final String DELIVERY = Codelist.oc4ids("milestoneType").require("delivery", "milestones.type");
    private static final String COMMENCEMENT = Codelist.oc4ids("milestoneCode").require("commencement", "milestones.code");
    private static final String MET = Codelist.oc4ids("milestoneStatus").require("met", "milestones.status");

    private final Oc4idsPublisher publisher;
    private final OrganisationDirectory organisations;
    private final InterchangeMappings mappings;
    private final Function<ScapId, Optional<Scap>> plans;
    private final LastChanges lastChanges;

    Oc4idsProject(Oc4idsPublisher publisher, OrganisationDirectory organisations, Function<ScapId, Optional<Scap>> plans,
            LastChanges lastChanges, InterchangeMappings mappings) {
        this.publisher = publisher;
        this.organisations = organisations;
        this.plans = plans;
        this.lastChanges = lastChanges;
        this.mappings = mappings;
    }

    ObjectNode toJson(Project project) {
        ObjectNode json = JSON.objectNode();
        json.put("id", publisher.projectIdPrefix() + "-" + project.id().value());
        lastChanges.ofProject(project).ifPresent(at -> json.put("updated", at.truncatedTo(ChronoUnit.SECONDS).toString()));
        json.put("language", project.title().original());
        json.put("title", project.title().originalText());
        if (project.description() != null) {
            json.put("description", inLanguage(project.description(), project.title().original()));
        }
        json.put("status", mappings.oc4idsProjectStatus(project.stage()));
        if (project.projectType() != null) {
            json.put("type", mappings.oc4idsProjectType(project.projectType()));
        }
        // The plan's period is the period the project is planned to run in, as in the IATI export.
        Optional<Scap> plan = project.plan() == null ? Optional.empty() : plans.apply(project.plan());
        plan.ifPresent(p -> json.putObject("period")
                .put("startDate", p.period().startYear() + "-01-01T00:00:00Z")
                .put("endDate", p.period().endYear() + "-12-31T23:59:59Z"));
        if (project.actualStart() != null) {
            json.putArray("milestones").addObject()
                    .put("id", "actual-start")
                    .put("title", "Start of implementation")
                    .put("type", DELIVERY)
                    .put("code", COMMENCEMENT)
                    .put("status", MET)
                    .put("dateMet", project.actualStart() + "T00:00:00Z");
        }
        if (project.actualEnd() != null) {
            json.putObject("completion").put("endDate", project.actualEnd() + "T00:00:00Z");
        }
        mappings.projectSector(project.dacSector()).ifPresent(sector -> json.putArray("sector").add(sector));

        Map<String, ObjectNode> parties = new LinkedHashMap<>();
        OrganisationDirectory.Organisation city = organisations.require(OrganisationRef.member(project.member().value()), "member");
        party(parties, city.id(), city.name(), "publicAuthority");
        // The city owns and procures its priority projects: it is the project's public authority.
        json.putObject("publicAuthority").put("id", city.id()).put("name", city.name().originalText());
        if (project.implementingAgency() != null) {
            party(parties, "implementing-agency", project.implementingAgency().name(),
                    mappings.partyRole(OrganisationRole.IMPLEMENTING));
        }
        for (int i = 0; i < project.participants().size(); i++) {
            Participant p = project.participants().get(i);
            String role = mappings.partyRole(p.role());
            if (p.organisation() != null) {
                OrganisationDirectory.Organisation org = organisations.require(p.organisation(), "participants[" + i + "].organisation");
                party(parties, org.id(), org.name(), role);
            } else {
                party(parties, "participant-" + (i + 1), p.name(), role);
            }
        }

        ObjectNode budget = JSON.objectNode();
        if (project.totalCost() != null) {
            budget.set("amount", value(project.totalCost()));
        }
        ArrayNode finance = JSON.arrayNode();
        for (int i = 0; i < project.funding().size(); i++) {
            finance.add(finance(project.funding().get(i), i, parties));
        }
        if (!finance.isEmpty()) {
            budget.set("finance", finance);
        }
        if (!budget.isEmpty()) {
            json.set("budget", budget);
        }
        ObjectNode location = JSON.objectNode();
        location.put("id", "1");
        if (project.location().place() != null) {
            location.put("description", project.location().place().originalText());
        }
        if (project.location().latitude() != null) {
            ObjectNode geometry = location.putObject("geometry");
            geometry.put("type", "Point");
            geometry.putArray("coordinates").add(project.location().longitude()).add(project.location().latitude());
        }
        location.putObject("address").put("countryName",
                new Locale("", project.location().country().value()).getDisplayCountry(Locale.ENGLISH));
        json.putArray("locations").add(location);
        if (!parties.isEmpty()) {
            json.putArray("parties").addAll(parties.values());
        }
        if (!project.sdgTargets().isEmpty()) {
            ObjectNode policy = json.putObject("policyAlignment");
            policy.putArray("policies").add("SDG");
            policy.put("description", "Sustainable Development Goal targets " + project.sdgTargets().stream()
                    .sorted().map(SdgTargetCode::value).collect(Collectors.joining(", ")));
        }
        return json;
    }

    private ObjectNode finance(Funding f, int index, Map<String, ObjectNode> parties) {
        ObjectNode node = JSON.objectNode();
        node.put("id", String.valueOf(index + 1));
        node.set("value", value(f.amount()));
        if (f.instrument() != null) {
            node.put("type", mappings.financingArrangementType(f.instrument()));
        }
        String funderId;
        LocalizedText funderName;
        if (f.funder() != null) {
            OrganisationDirectory.Organisation org = organisations.require(
                    OrganisationRef.partner(f.funder().value()), "funding[" + index + "].funder");
            funderId = org.id();
            funderName = org.name();
            node.put("financingPartyType", mappings.financingPartyType(org.type()));
        } else {
            funderId = "funding-source-" + (index + 1);
            funderName = f.source();
        }
        party(parties, funderId, funderName, mappings.partyRole(OrganisationRole.FUNDING));
        node.putObject("financingParty").put("id", funderId).put("name", funderName.originalText());
        node.put("description", f.secured() ? "Secured" : "Pledged, not yet secured");
        return node;
    }

    private static void party(Map<String, ObjectNode> parties, String id, LocalizedText name, String role) {
        ObjectNode party = parties.computeIfAbsent(id, key -> {
            ObjectNode p = JSON.objectNode();
            p.put("id", key);
            p.put("name", name.originalText());
            p.putArray("roles");
            return p;
        });
        Set<String> roles = new LinkedHashSet<>();
        party.withArray("roles").forEach(r -> roles.add(r.asText()));
        if (roles.add(role)) {
            party.withArray("roles").add(role);
        }
    }

    private static ObjectNode value(Money money) {
        ObjectNode v = JSON.objectNode();
        v.put("amount", money.amount());
        v.put("currency", money.currency().value());
        return v;
    }

    /** The text in the project's language when it has one, else its own original. */
    private static String inLanguage(LocalizedText text, String language) {
        return text.in(language).orElse(text.originalText());
    }
}
