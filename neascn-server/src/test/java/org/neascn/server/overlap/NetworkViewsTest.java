package org.neascn.server.overlap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.neascn.framework.overlap.Codebook;
import org.neascn.framework.overlap.OverlapNetwork;
import org.neascn.framework.overlap.OverlapSettings;
import org.neascn.framework.overlap.PlanDossier;
import org.neascn.framework.synthetic.SyntheticNetwork;
import org.neascn.model.member.Member;
import org.neascn.model.project.Project;
import org.neascn.model.reference.ReferenceData;
import org.neascn.model.scap.Scap;
import org.neascn.model.scap.ScapId;
import org.neascn.model.scap.ScapStatus;
import org.neascn.server.register.AccessPolicy;
import org.neascn.server.security.Caller;

/**
 * The views kept live by applying changes end exactly as views built afresh from the records
 * the changes left: the secretariat's, the public's and a member's editors'.
 */
class NetworkViewsTest {

    private static final Codebook CODEBOOK = Codebook.of(ReferenceData.standard(), SyntheticNetwork.NETWORK);
    private static final OverlapSettings SETTINGS = OverlapSettings.defaults();
    private static final AccessPolicy POLICY = new AccessPolicy();

    private final SyntheticNetwork generated = SyntheticNetwork.generate(5, 161);
    private final List<Member> members = new ArrayList<>(generated.members());
    private final List<Scap> plans = new ArrayList<>(generated.plans().subList(0, 160));
    private final List<Project> projects = new ArrayList<>(generated.projects());

    private static Scap with(Scap p, ScapStatus status, Scap targetsFrom) {
        return new Scap(p.id(), p.network(), p.member(), p.version(), p.period(), p.vision(), targetsFrom.focusAreas(),
                targetsFrom.targets(), p.projects(), status);
    }

    private NetworkRecords records() {
        return new NetworkRecords(members, plans, projects);
    }

    /** What OverlapRecords reads for these plans: those that exist, their members and those members' projects. */
    private NetworkRecords recordsOf(Set<String> ids) {
        List<Scap> found = plans.stream().filter(p -> ids.contains(p.id().value())).toList();
        Set<String> owners = new LinkedHashSet<>();
        found.forEach(p -> owners.add(p.member().value()));
        return new NetworkRecords(members.stream().filter(m -> owners.contains(m.id().value())).toList(), found,
                projects.stream().filter(p -> owners.contains(p.member().value())).toList());
    }

    private void change(NetworkViews views, Scap... changed) {
        Set<String> ids = new LinkedHashSet<>();
        for (Scap plan : changed) {
            plans.replaceAll(p -> p.id().equals(plan.id()) ? plan : p);
            if (plans.stream().noneMatch(p -> p.id().equals(plan.id()))) {
                plans.add(plan);
            }
            ids.add(plan.id().value());
        }
        views.apply(ids, recordsOf(ids));
    }

    private static void assertSameLists(OverlapNetwork expected, OverlapNetwork actual, String view) {
        assertEquals(expected.plans().stream().map(PlanDossier::id).collect(java.util.stream.Collectors.toSet()),
                actual.plans().stream().map(PlanDossier::id).collect(java.util.stream.Collectors.toSet()), view + ": plans");
        for (PlanDossier d : expected.plans()) {
            assertEquals(expected.neighbours(d.id()), actual.neighbours(d.id()), view + ": top list of " + d.id());
        }
    }

    private OverlapNetwork rebuilt(Caller reader) {
        return OverlapNetwork.build(CODEBOOK, SETTINGS, NetworkViews.dossiers(records(), reader, POLICY));
    }

    @Test
    void changesAppliedOneByOneEndAsEveryViewBuiltAfresh() {
        for (int i = 0; i < 6; i++) {
            plans.set(i * 20, with(plans.get(i * 20), ScapStatus.DRAFT, plans.get(i * 20)));
        }
        NetworkViews views = NetworkViews.build("neascn", CODEBOOK, SETTINGS, records(), POLICY, 4);
        String drafter = plans.get(20).member().value();
        Caller editor = Caller.memberEditor(drafter);
        OverlapNetwork before = views.forCaller(editor);

        change(views, with(plans.get(20), ScapStatus.DRAFT, plans.get(77)));           // a draft revised
        change(views, with(plans.get(40), ScapStatus.PUBLISHED, plans.get(40)));       // a draft published
        change(views, with(plans.get(3), ScapStatus.PUBLISHED, plans.get(91)));        // a published plan superseded in place
        Scap newDraft = new Scap(ScapId.of(drafter + "-scap-2"), plans.get(20).network(), plans.get(20).member(), 2,
                plans.get(20).period(), plans.get(20).vision(), plans.get(5).focusAreas(), plans.get(5).targets(), List.of(),
                ScapStatus.DRAFT);
        change(views, newDraft);                                                        // a second draft of the member
        Scap gone = plans.remove(60);
        views.apply(Set.of(gone.id().value()), recordsOf(Set.of(gone.id().value())));  // a draft deleted

        assertSameLists(rebuilt(Caller.secretariat()), views.forCaller(Caller.secretariat()), "secretariat");
        assertSameLists(rebuilt(Caller.PUBLIC), views.forCaller(Caller.PUBLIC), "public");
        assertSameLists(rebuilt(editor), views.forCaller(editor), "the drafting member's editors");
        assertSame(before, views.forCaller(editor), "the member's view was updated, not made again");
        assertSame(views.forCaller(Caller.PUBLIC), views.forCaller(Caller.memberEditor(plans.get(100).member().value())),
                "a member without drafts reads the public's view");
    }

    @Test
    void aMembersFirstDraftGivesItsEditorsAViewAtOnceAndPublishingItLeavesThemThePublics() {
        NetworkViews views = NetworkViews.build("neascn", CODEBOOK, SETTINGS, records(), POLICY, 4);
        Scap draft = with(generated.plans().get(160), ScapStatus.DRAFT, generated.plans().get(160));
        Caller editor = Caller.memberEditor(draft.member().value());
        change(views, draft);
        assertTrue(views.forCaller(editor).plan(draft.id()).isPresent());
        assertTrue(views.forCaller(Caller.PUBLIC).plan(draft.id()).isEmpty());
        assertSameLists(rebuilt(editor), views.forCaller(editor), "the new member's editors");

        change(views, with(draft, ScapStatus.PUBLISHED, draft));
        assertSame(views.forCaller(Caller.PUBLIC), views.forCaller(editor));
        assertSameLists(rebuilt(Caller.PUBLIC), views.forCaller(Caller.PUBLIC), "public");
    }

    @Test
    void oneAnalysisServesBothWhileEveryPlanIsPublishedAndTheSecretariatLeavesItForADraft() {
        NetworkViews views = NetworkViews.build("neascn", CODEBOOK, SETTINGS, records(), POLICY, 4);
        OverlapNetwork shared = views.forCaller(Caller.PUBLIC);
        assertSame(shared, views.forCaller(Caller.secretariat()), "every plan published: one analysis");

        change(views, with(plans.get(3), ScapStatus.PUBLISHED, plans.get(91)));
        assertSame(shared, views.forCaller(Caller.secretariat()), "a published plan revised: still one");
        assertSameLists(rebuilt(Caller.PUBLIC), shared, "public, shared");

        Scap draft = with(generated.plans().get(160), ScapStatus.DRAFT, generated.plans().get(3));
        change(views, draft);
        assertSame(shared, views.forCaller(Caller.PUBLIC), "the public keeps the analysis its readers may hold");
        assertNotSame(shared, views.forCaller(Caller.secretariat()));
        assertTrue(shared.plan(draft.id()).isEmpty(), "the draft is not in the public's analysis");
        assertSameLists(rebuilt(Caller.secretariat()), views.forCaller(Caller.secretariat()), "secretariat, apart");
        assertSameLists(rebuilt(Caller.PUBLIC), shared, "public, apart");

        change(views, with(draft, ScapStatus.PUBLISHED, draft));
        assertSame(shared, views.forCaller(Caller.secretariat()), "published: one analysis again");
        assertSameLists(rebuilt(Caller.secretariat()), shared, "both, shared again");
    }
}
