package org.neascn.server.register;

import static org.neascn.server.register.Checks.country;
import static org.neascn.server.register.Checks.identifier;
import static org.neascn.server.register.Checks.oneOf;
import static org.neascn.server.register.Checks.tokens;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.neascn.model.consultation.FrameworkStatus;
import org.neascn.model.financing.FinancierProfile;
import org.neascn.model.financing.FinancierType;
import org.neascn.model.consultation.FrameworkVersion;
import org.neascn.model.initiative.Initiative;
import org.neascn.model.initiative.InitiativeStatus;
import org.neascn.model.meeting.Meeting;
import org.neascn.model.meeting.MeetingType;
import org.neascn.model.member.GovernmentLevel;
import org.neascn.model.member.Member;
import org.neascn.model.member.MembershipStatus;
import org.neascn.model.partner.OrganisationType;
import org.neascn.model.partner.Partner;
import org.neascn.model.partner.PartnerRole;
import org.neascn.model.person.Person;
import org.neascn.model.project.FinancingStatus;
import org.neascn.model.project.Instrument;
import org.neascn.model.project.Project;
import org.neascn.model.project.Stage;
import org.neascn.model.scap.Scap;
import org.neascn.model.scap.ScapStatus;
import org.neascn.server.store.FinancierRow;
import org.neascn.server.store.FrameworkVersionRow;
import org.neascn.server.store.InitiativeRow;
import org.neascn.server.store.MeetingRow;
import org.neascn.server.store.MemberRow;
import org.neascn.server.store.PartnerRow;
import org.neascn.server.store.PersonRow;
import org.neascn.server.store.PlanRow;
import org.neascn.server.store.ProjectRow;

/** The registers a network keeps, and what each one's list can filter and sort by. */
public final class Registers {

    private Registers() {
    }

    public static final Register<Member, MemberRow> MEMBERS = new Register<>(Aggregate.MEMBER, "members",
            Member.class, MemberRow.class, MemberRow::new,
            m -> m.id().value(), Member::network, Member::name, m -> Owner.member(m.id().value()),
            m -> true, UnaryOperator.identity(),
            (m, row) -> {
                row.country = m.country().value();
                row.status = m.status().name();
                row.level = m.level().name();
            },
            List.of(Filter.exact("country", "country", country("country")),
                    Filter.exact("status", "status", oneOf(MembershipStatus.class, "status")),
                    Filter.exact("level", "level", oneOf(GovernmentLevel.class, "level"))),
            Map.of("country", "country", "status", "status"));

    public static final Register<Partner, PartnerRow> PARTNERS = new Register<>(Aggregate.PARTNER, "partners",
            Partner.class, PartnerRow.class, PartnerRow::new,
            p -> p.id().value(), Partner::network, Partner::name, p -> Owner.partner(p.id().value()),
            p -> true, UnaryOperator.identity(),
            (p, row) -> {
                row.type = p.type().name();
                row.roles = tokens(p.roles());
            },
            List.of(Filter.exact("type", "type", oneOf(OrganisationType.class, "type")),
                    Filter.token("role", "roles", oneOf(PartnerRole.class, "role"))),
            Map.of("type", "type"));

    /**
     * Financier and project-preparation profiles: public, kept by the secretariat. The write
     * checks what a profile names outside itself before its row is indexed.
     */
    public static final Register<FinancierProfile, FinancierRow> FINANCIERS = new Register<>(Aggregate.FINANCIER,
            "financiers", FinancierProfile.class, FinancierRow.class, FinancierRow::new,
            FinancierProfile::id, FinancierProfile::network, FinancierProfile::name, f -> Owner.SECRETARIAT,
            f -> true, UnaryOperator.identity(),
            (f, row) -> {
                FinancierReferences.check(f);
                row.type = f.type().name();
                row.instruments = tokens(f.instruments());
            },
            List.of(Filter.exact("type", "type", oneOf(FinancierType.class, "type")),
                    Filter.token("instrument", "instruments", oneOf(Instrument.class, "instrument"))),
            Map.of("type", "type"));

    /** People: anonymous readers never see an e-mail address. */
    public static final Register<Person, PersonRow> PERSONS = new Register<>(Aggregate.PERSON, "persons",
            Person.class, PersonRow.class, PersonRow::new,
            p -> p.id().value(), Person::network, Person::name, p -> Owner.of(p.organisation()),
            p -> true, p -> new Person(p.id(), p.network(), p.name(), p.title(), p.organisation(), null),
            (p, row) -> row.organisation = p.organisation() == null ? null : p.organisation().toString(),
            List.of(Filter.exact("organisation", "organisation", Checks.anyText())),
            Map.of("organisation", "organisation"));

    /** Smart city action plans: drafts are seen only by their member and the secretariat. */
    public static final Register<Scap, PlanRow> PLANS = new Register<>(Aggregate.PLAN, "plans",
            Scap.class, PlanRow.class, PlanRow::new,
            s -> s.id().value(), Scap::network, Scap::vision, s -> Owner.member(s.member().value()),
            s -> s.status().isPublic(), UnaryOperator.identity(),
            (s, row) -> {
                row.member = s.member().value();
                row.status = s.status().name();
                row.planVersion = s.version();
                row.focusAreas = tokens(s.focusAreas());
            },
            List.of(Filter.exact("member", "member", identifier("member")),
                    Filter.exact("status", "status", oneOf(ScapStatus.class, "status")),
                    Filter.token("focusArea", "focusAreas", identifier("focusArea"))),
            Map.of("member", "member", "version", "planVersion", "status", "status"));

    public static final Register<Project, ProjectRow> PROJECTS = new Register<>(Aggregate.PROJECT, "projects",
            Project.class, ProjectRow.class, ProjectRow::new,
            p -> p.id().value(), Project::network, Project::title, p -> Owner.member(p.member().value()),
            p -> true, UnaryOperator.identity(),
            (p, row) -> {
                row.member = p.member().value();
                row.plan = p.plan() == null ? null : p.plan().value();
                row.stage = p.stage().name();
                row.stageRank = p.stage().ordinal();
                row.country = p.location().country().value();
                row.financingStatus = p.financingStatus().name();
                row.focusAreas = tokens(p.focusAreas());
            },
            List.of(Filter.exact("member", "member", identifier("member")),
                    Filter.exact("plan", "plan", identifier("plan")),
                    Filter.exact("stage", "stage", oneOf(Stage.class, "stage")),
                    Filter.exact("country", "country", country("country")),
                    Filter.exact("financingStatus", "financingStatus", oneOf(FinancingStatus.class, "financingStatus")),
                    Filter.token("focusArea", "focusAreas", identifier("focusArea"))),
            Map.of("stage", "stageRank", "country", "country", "financingStatus", "financingStatus", "member", "member"));

    /** Initiatives belong to their lead member. */
    public static final Register<Initiative, InitiativeRow> INITIATIVES = new Register<>(Aggregate.INITIATIVE,
            "initiatives", Initiative.class, InitiativeRow.class, InitiativeRow::new,
            i -> i.id().value(), Initiative::network, Initiative::title, i -> Owner.member(i.lead().value()),
            i -> true, UnaryOperator.identity(),
            (i, row) -> {
                row.status = i.status().name();
                row.members = tokens(i.members());
            },
            List.of(Filter.exact("status", "status", oneOf(InitiativeStatus.class, "status")),
                    Filter.token("member", "members", identifier("member"))),
            Map.of("status", "status"));

    public static final Register<Meeting, MeetingRow> MEETINGS = new Register<>(Aggregate.MEETING, "meetings",
            Meeting.class, MeetingRow.class, MeetingRow::new,
            m -> m.id().value(), Meeting::network, Meeting::title, m -> Owner.SECRETARIAT,
            m -> true, UnaryOperator.identity(),
            (m, row) -> {
                row.type = m.type().name();
                row.starts = m.start().toString();
            },
            List.of(Filter.exact("type", "type", oneOf(MeetingType.class, "type"))),
            Map.of("start", "starts", "type", "type"));

    public static final Register<FrameworkVersion, FrameworkVersionRow> FRAMEWORK_VERSIONS = new Register<>(
            Aggregate.FRAMEWORK_VERSION, "framework-versions",
            FrameworkVersion.class, FrameworkVersionRow.class, FrameworkVersionRow::new,
            v -> v.id().value(), FrameworkVersion::network, FrameworkVersion::title, v -> Owner.SECRETARIAT,
            v -> true, UnaryOperator.identity(),
            (v, row) -> {
                row.status = v.status().name();
                row.number = v.number();
            },
            List.of(Filter.exact("status", "status", oneOf(FrameworkStatus.class, "status"))),
            Map.of("number", "number", "status", "status"));
}
