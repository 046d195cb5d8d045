package org.neascn.framework.overlap.gold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neascn.framework.overlap.PlanDossier;
import org.neascn.model.member.GovernmentLevel;
import org.neascn.model.member.Member;
import org.neascn.model.member.MemberId;
import org.neascn.model.member.MembershipStatus;
import org.neascn.model.network.NetworkId;
import org.neascn.model.project.Location;
import org.neascn.model.project.OrganisationRole;
import org.neascn.model.project.Participant;
import org.neascn.model.project.Project;
import org.neascn.model.project.ProjectBuilder;
import org.neascn.model.project.ProjectId;
import org.neascn.model.project.Stage;
import org.neascn.model.scap.Indicator;
import org.neascn.model.scap.Observation;
import org.neascn.model.scap.Scap;
import org.neascn.model.scap.ScapId;
import org.neascn.model.scap.ScapStatus;
import org.neascn.model.scap.StrategicTarget;
import org.neascn.model.shared.CountryCode;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.OrganisationRef;
import org.neascn.model.shared.YearPeriod;
import org.neascn.model.taxonomy.FocusAreaCode;
import org.neascn.model.taxonomy.IndicatorCode;
import org.neascn.model.taxonomy.SdgTargetCode;

/**
 * The overlap gold set: 44 action plans written as cities of the six countries write them, in
 * their own languages, and a network officer's judgement of which of them belong together
 * (see {@code gold/README.md} beside the data). Texts are maps of language to text whose first
 * entry is the original; a plan's language is that of its first target.
 *
 * <pre>{@code
 * GoldSet gold = GoldSet.load();
 * OverlapNetwork network = OverlapNetwork.build(codebook, settings, gold.dossiers());
 * boolean right = gold.related(MemberId.of("seoul"), MemberId.of("ulaanbaatar"));   // true
 * }</pre>
 */
public final class GoldSet {

    public static final NetworkId NETWORK = NetworkId.of("neascn");
    private static final String FOLDER = "/org/neascn/framework/overlap/gold/";
    private static final List<String> PLAN_FILES = List.of("plans-environment.json", "plans-mobility.json",
            "plans-services.json");

    /** A plan of the gold set, with the language it is written in and whether any of it is in English. */
    public record GoldPlan(PlanDossier dossier, String language, boolean hasEnglish) {
        public MemberId member() {
            return dossier.member().id();
        }
    }

    /** Members the officer judges could start one initiative on {@code concept}. */
    public record RelatedGroup(String concept, List<MemberId> members, String why) {
    }

    /** Two members whose plans share codes or words but that the officer judges unrelated. */
    public record LookAlike(MemberId a, MemberId b, String why) {
    }

    private final List<GoldPlan> plans;
    private final List<RelatedGroup> groups;
    private final List<LookAlike> lookAlikes;

    private GoldSet(List<GoldPlan> plans, List<RelatedGroup> groups, List<LookAlike> lookAlikes) {
        this.plans = List.copyOf(plans);
        this.groups = List.copyOf(groups);
        this.lookAlikes = List.copyOf(lookAlikes);
    }

    /** Reads the gold set from the classpath; a broken file fails naming the file and the plan. */
    public static GoldSet load() {
        ObjectMapper json = new ObjectMapper();
        List<GoldPlan> plans = new ArrayList<>();
        for (String file : PLAN_FILES) {
            JsonNode root = read(json, file);
            int i = 0;
            for (JsonNode plan : root.path("plans")) {
                try {
                    plans.add(plan(plan));
                } catch (RuntimeException e) {
                    throw new IllegalStateException(file + ": plans[" + i + "] (" + plan.path("member").path("id").asText()
                            + "): " + e.getMessage(), e);
                }
                i++;
            }
        }
        JsonNode judgements = read(json, "judgements.json");
        List<RelatedGroup> groups = new ArrayList<>();
        for (JsonNode g : judgements.path("related")) {
            List<MemberId> members = new ArrayList<>();
            g.path("members").forEach(m -> members.add(MemberId.of(m.asText())));
            groups.add(new RelatedGroup(g.path("concept").asText(), members, g.path("why").asText()));
        }
        List<LookAlike> lookAlikes = new ArrayList<>();
        for (JsonNode l : judgements.path("lookAlikes")) {
            lookAlikes.add(new LookAlike(MemberId.of(l.path("a").asText()), MemberId.of(l.path("b").asText()),
                    l.path("why").asText()));
        }
        return new GoldSet(plans, groups, lookAlikes);
    }

    public List<GoldPlan> plans() {
        return plans;
    }

    public List<PlanDossier> dossiers() {
        return plans.stream().map(GoldPlan::dossier).toList();
    }

    public List<RelatedGroup> groups() {
        return groups;
    }

    public List<LookAlike> lookAlikes() {
        return lookAlikes;
    }

    public Optional<GoldPlan> plan(MemberId member) {
        return plans.stream().filter(p -> p.member().equals(member)).findFirst();
    }

    /** The members the officer relates to {@code member}, through any group (closed world: all others are unrelated). */
    public Set<MemberId> relatedTo(MemberId member) {
        Set<MemberId> out = new LinkedHashSet<>();
        groups.stream().filter(g -> g.members().contains(member)).forEach(g -> out.addAll(g.members()));
        out.remove(member);
        return out;
    }

    public boolean related(MemberId a, MemberId b) {
        return relatedTo(a).contains(b);
    }

    public boolean lookAlike(MemberId a, MemberId b) {
        return lookAlikes.stream().anyMatch(l -> l.a().equals(a) && l.b().equals(b) || l.a().equals(b) && l.b().equals(a));
    }

    /** Whether the two members' plans are written in different languages. */
    public boolean crossLanguage(MemberId a, MemberId b) {
        return !plan(a).orElseThrow().language().equals(plan(b).orElseThrow().language());
    }

    private static JsonNode read(ObjectMapper json, String file) {
        try (InputStream in = GoldSet.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("the gold set file " + FOLDER + file + " is not on the classpath");
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the gold set file " + file + " could not be read", e);
        }
    }

    private static GoldPlan plan(JsonNode p) {
        JsonNode m = p.path("member");
        CountryCode country = CountryCode.of(m.path("country").asText());
        Member member = new Member(MemberId.of(m.path("id").asText()), NETWORK, text(m.path("name")), GovernmentLevel.CITY,
                country, MembershipStatus.ACTIVE, null, null, null);
        ScapId planId = ScapId.of(member.id().value() + "-scap-1");
        List<StrategicTarget> targets = new ArrayList<>();
        for (JsonNode t : p.path("targets")) {
            List<Indicator> indicators = new ArrayList<>();
            for (JsonNode i : t.path("indicators")) {
                indicators.add(new Indicator(i.path("key").asText(), text(i.path("name")),
                        i.hasNonNull("code") ? IndicatorCode.of(i.path("code").asText()) : null, i.path("unit").asText(),
                        observation(i.path("baseline")), observation(i.path("target")), List.of()));
            }
            targets.add(new StrategicTarget(t.path("key").asText(), text(t.path("text")), areas(t), sdgs(t), indicators));
        }
        List<Project> projects = new ArrayList<>();
        for (JsonNode j : p.path("projects")) {
            ProjectBuilder b = new ProjectBuilder(ProjectId.of(j.path("id").asText()), NETWORK, member.id(), text(j.path("title")))
                    .plan(planId).location(new Location(country, null, null, null))
                    .stage(Stage.valueOf(j.path("stage").asText("SCOPING")));
            if (j.has("description")) {
                b.description(text(j.path("description")));
            }
            areas(j).forEach(b::focusArea);
            sdgs(j).forEach(b::sdgTarget);
            for (JsonNode pt : j.path("participants")) {
                b.participant(new Participant(OrganisationRef.partner(pt.path("partner").asText()), null,
                        OrganisationRole.valueOf(pt.path("role").asText())));
            }
            projects.add(b.build());
        }
        Set<FocusAreaCode> planAreas = new LinkedHashSet<>();
        targets.forEach(t -> planAreas.addAll(t.focusAreas()));
        projects.forEach(x -> planAreas.addAll(x.focusAreas()));
        Scap scap = new Scap(planId, NETWORK, member.id(), 1, new YearPeriod(2024, 2030), text(p.path("vision")), planAreas,
                targets, projects.stream().map(Project::id).toList(), ScapStatus.PUBLISHED);
        String language = targets.isEmpty() ? scap.vision().original() : targets.get(0).text().original();
        return new GoldPlan(new PlanDossier(member, scap, projects), language, hasEnglishText(p));
    }

    /** A member's name in English is how the secretariat files it, not part of the plan's text. */
    private static boolean hasEnglishText(JsonNode p) {
        return ((ObjectNode) p.deepCopy()).without("member").toString().contains("\"en\":");
    }

    private static LocalizedText text(JsonNode node) {
        Map<String, String> texts = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            texts.put(e.getKey(), e.getValue().asText());
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("a text is missing or empty");
        }
        return new LocalizedText(texts.keySet().iterator().next(), texts);
    }

    private static Observation observation(JsonNode pair) {
        return new Observation(new BigDecimal(pair.path(0).asText()), pair.path(1).asInt());
    }

    private static Set<FocusAreaCode> areas(JsonNode n) {
        Set<FocusAreaCode> out = new LinkedHashSet<>();
        n.path("focusAreas").forEach(f -> out.add(FocusAreaCode.of(f.asText())));
        return out;
    }

    private static Set<SdgTargetCode> sdgs(JsonNode n) {
        Set<SdgTargetCode> out = new LinkedHashSet<>();
        n.path("sdgTargets").forEach(s -> out.add(SdgTargetCode.of(s.asText())));
        return out;
    }
}
