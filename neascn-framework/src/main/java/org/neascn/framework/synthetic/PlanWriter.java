package org.neascn.framework.synthetic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.neascn.model.member.GovernmentLevel;
import org.neascn.model.member.Member;
import org.neascn.model.member.MemberId;
import org.neascn.model.member.MembershipStatus;
import org.neascn.model.network.NetworkId;
import org.neascn.model.project.Challenge;
import org.neascn.model.project.FinancingStatus;
import org.neascn.model.project.Location;
import org.neascn.model.project.OrganisationRole;
import org.neascn.model.project.Participant;
import org.neascn.model.project.Project;
import org.neascn.model.project.ProjectBuilder;
import org.neascn.model.project.ProjectId;
import org.neascn.model.project.Stage;
import org.neascn.model.reference.ReferenceData;
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
import org.neascn.model.taxonomy.IndicatorDefinition;
import org.neascn.model.taxonomy.SdgTargetCode;

/**
 * Writes one synthetic member with its plan and projects from its own random stream, so plan
 * {@code i} of a seed is always the same. A plan takes two to four themes; each target and
 * project takes one of them, in the city's language, and about a third carry an English
 * translation, as plans shared with an international network often do.
 */
final class PlanWriter {

    /** Country shares of the synthetic network: most plans from the larger members. */
    private static final String[] COUNTRIES = {"KR", "KR", "KR", "CN", "CN", "CN", "JP", "JP", "RU", "MN", "KP"};
    private static final double ENGLISH_SHARE = 0.35;

    record Written(Member member, Scap plan, List<Project> projects) {
    }

    private final PhraseBank bank;
    private final NetworkId network;
    private final Map<String, IndicatorDefinition> catalogue = new LinkedHashMap<>();

    PlanWriter(PhraseBank bank, NetworkId network) {
        this.bank = bank;
        this.network = network;
        ReferenceData.standard().indicators().forEach(d -> catalogue.put(d.code().value(), d));
    }

    Written write(long seed, int i) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        String country = COUNTRIES[r.nextInt(COUNTRIES.length)];
        PhraseBank.CountryPhrases phrases = bank.countries().get(country);
        String language = phrases.language();
        String[] city = phrases.cities().get(r.nextInt(phrases.cities().size()));
        MemberId memberId = MemberId.of(country.toLowerCase(Locale.ROOT) + "-" + city[1].toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z]+", "-") + "-" + i);
        Member member = new Member(memberId, network,
                new LocalizedText(language, Map.of(language, city[0] + " " + i, "en", city[1] + " " + i)),
                GovernmentLevel.CITY, CountryCode.of(country), MembershipStatus.ACTIVE,
                100_000L + r.nextInt(5_000_000), null);
        ScapId planId = ScapId.of(memberId.value() + "-scap-1");

        List<PhraseBank.ThemePhrases> themes = pickThemes(r);
        Set<FocusAreaCode> planAreas = new LinkedHashSet<>();
        themes.forEach(t -> planAreas.add(FocusAreaCode.of(t.focusArea())));
        int targetCount = 4 + r.nextInt(3);
        List<StrategicTarget> targets = new ArrayList<>();
        for (int t = 0; t < targetCount; t++) {
            targets.add(target(r, "t" + (t + 1), themes.get(t % themes.size()), language));
        }
        int projectCount = 6 + r.nextInt(5);
        List<Project> projects = new ArrayList<>();
        for (int p = 0; p < projectCount; p++) {
            projects.add(project(r, ProjectId.of(memberId.value() + "-p" + (p + 1)), memberId, planId,
                    themes.get(r.nextInt(themes.size())), language, CountryCode.of(country)));
        }
        Scap plan = new Scap(planId, network, memberId, 1, new YearPeriod(2021, 2030),
                text(r, language, bank.visions().get(language), bank.visions().get("en")), planAreas, targets,
                projects.stream().map(Project::id).toList(), ScapStatus.PUBLISHED);
        return new Written(member, plan, projects);
    }

    private List<PhraseBank.ThemePhrases> pickThemes(SplittableRandom r) {
        List<PhraseBank.ThemePhrases> pool = new ArrayList<>(bank.themes());
        List<PhraseBank.ThemePhrases> chosen = new ArrayList<>();
        int count = 2 + r.nextInt(3);
        for (int i = 0; i < count; i++) {
            chosen.add(pool.remove(r.nextInt(pool.size())));
        }
        return chosen;
    }

    private StrategicTarget target(SplittableRandom r, String key, PhraseBank.ThemePhrases theme, String language) {
        int variant = r.nextInt(theme.targets().get(language).size());
        LocalizedText text = text(r, language, theme.targets().get(language).get(variant), theme.targets().get("en").get(variant));
        Set<SdgTargetCode> sdgs = new LinkedHashSet<>();
        sdgs.add(SdgTargetCode.of(theme.sdgTargets().get(0)));
        if (r.nextBoolean()) {
            sdgs.add(SdgTargetCode.of(theme.sdgTargets().get(r.nextInt(theme.sdgTargets().size()))));
        }
        IndicatorDefinition def = catalogue.get(theme.indicators().get(r.nextInt(theme.indicators().size())));
        int baseline = 10 + r.nextInt(80);
        Indicator indicator = new Indicator("i1", def.name(), IndicatorCode.of(def.code().value()), def.unit(),
                new Observation(BigDecimal.valueOf(baseline), 2020), new Observation(BigDecimal.valueOf(baseline / 2), 2030),
                List.of());
        return new StrategicTarget(key, text, Set.of(FocusAreaCode.of(theme.focusArea())), sdgs, List.of(indicator));
    }

    private Project project(SplittableRandom r, ProjectId id, MemberId member, ScapId plan, PhraseBank.ThemePhrases theme,
                            String language, CountryCode country) {
        int variant = r.nextInt(theme.projects().get(language).size());
        int modifier = r.nextInt(bank.modifiers().get(language).size());
        boolean english = r.nextDouble() < ENGLISH_SHARE;
        String local = theme.projects().get(language).get(variant);
        String en = theme.projects().get("en").get(variant);
        LocalizedText title = english ? LocalizedText.of(language, local).with("en", en) : LocalizedText.of(language, local);
        String localDescription = local + ", " + bank.modifiers().get(language).get(modifier);
        String enDescription = en + ", " + bank.modifiers().get("en").get(modifier);
        LocalizedText description = english ? LocalizedText.of(language, localDescription).with("en", enDescription)
                : LocalizedText.of(language, localDescription);
        ProjectBuilder b = new ProjectBuilder(id, network, member, title).plan(plan).description(description)
                .focusArea(FocusAreaCode.of(theme.focusArea()))
                .sdgTarget(SdgTargetCode.of(theme.sdgTargets().get(r.nextInt(theme.sdgTargets().size()))))
                .location(new Location(country, null, null, null))
                .stage(Stage.values()[r.nextInt(Stage.IMPLEMENTATION.ordinal())])
                .financingStatus(FinancingStatus.values()[r.nextInt(FinancingStatus.values().length)]);
        int challenges = r.nextInt(3);
        for (int c = 0; c < challenges; c++) {
            PhraseBank.ChallengePhrase phrase = bank.challenges().get(r.nextInt(bank.challenges().size()));
            b.challenge(new Challenge(LocalizedText.of(language, phrase.texts().get(language)), phrase.category()));
        }
        if (r.nextDouble() < 0.2) {
            String partner = bank.partners().get(r.nextInt(bank.partners().size()));
            b.participant(new Participant(OrganisationRef.partner(partner), null, OrganisationRole.IMPLEMENTING));
        }
        return b.build();
    }

    private LocalizedText text(SplittableRandom r, String language, String local, String en) {
        LocalizedText text = LocalizedText.of(language, local);
        return r.nextDouble() < ENGLISH_SHARE ? text.with("en", en) : text;
    }
}
