package org.neascn.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.neascn.framework.overlap.Codebook;
import org.neascn.framework.overlap.Neighbour;
import org.neascn.framework.overlap.OverlapComponent;
import org.neascn.framework.overlap.OverlapNetwork;
import org.neascn.framework.overlap.OverlapSettings;
import org.neascn.framework.overlap.PlanDossier;
import org.neascn.framework.overlap.gold.GoldSet;
import org.neascn.framework.overlap.gold.GoldSet.GoldPlan;
import org.neascn.model.member.MemberId;
import org.neascn.model.reference.ReferenceData;
import org.neascn.model.scap.ScapId;

/**
 * How well overlap analysis finds what a network officer would: precision@3, recall@3 and the
 * mean reciprocal rank over the gold set (44 plans in six languages, judged by hand; see
 * {@code neascn-framework/src/test/resources/org/neascn/framework/overlap/gold/README.md}),
 * for each variant of the analysis, for all related pairs and for the cross-language ones
 * alone; how often an unrelated look-alike takes a top-3 place; and whether the index's lists
 * equal exhaustive scoring on the set. Arguments (optional): {@code detail=true} prints each
 * plan's top 3 with a mark for every miss.
 */
public final class OverlapQualityBench {

    private static final int K = 3;

    private OverlapQualityBench() {
    }

    public static void main(String[] args) {
        boolean detail = List.of(args).contains("detail=true");
        GoldSet gold = GoldSet.load();
        Codebook codebook = Codebook.of(ReferenceData.standard(), GoldSet.NETWORK);
        List<PlanDossier> dossiers = gold.dossiers();
        // Every plan ranked against all others, so the reciprocal rank is exact, not cut at top-10.
        OverlapSettings shipped = OverlapSettings.defaults().withTopK(dossiers.size() - 1);
        System.out.printf(Locale.ROOT, "OverlapQualityBench: %d plans, %d related groups, %d look-alike pairs, "
                        + "%d plans without English%n", dossiers.size(), gold.groups().size(), gold.lookAlikes().size(),
                gold.plans().stream().filter(p -> !p.hasEnglish()).count());
        Map<String, OverlapSettings> variants = new LinkedHashMap<>();
        variants.put("with the thesaurus (shipped settings)", shipped);
        variants.put("without the thesaurus (concept weight 0)", shipped.withWeight(OverlapComponent.CONCEPTS, 0));
        variants.put("codes only (text weights 0)", shipped.withWeight(OverlapComponent.TARGET_TEXT, 0)
                .withWeight(OverlapComponent.PROJECT_TEXT, 0).withWeight(OverlapComponent.CHALLENGES, 0)
                .withWeight(OverlapComponent.CONCEPTS, 0));
        for (Map.Entry<String, OverlapSettings> v : variants.entrySet()) {
            OverlapNetwork network = OverlapNetwork.build(codebook, v.getValue(), dossiers);
            report(v.getKey(), gold, network, detail);
        }
    }

    private static void report(String variant, GoldSet gold, OverlapNetwork network, boolean detail) {
        Map<ScapId, MemberId> memberOf = new HashMap<>();
        gold.plans().forEach(p -> memberOf.put(p.dossier().id(), p.member()));
        Map<MemberId, List<MemberId>> ranking = new LinkedHashMap<>();
        int exact = 0;
        for (GoldPlan p : gold.plans()) {
            List<Neighbour> indexed = network.neighbours(p.dossier().id());
            exact += indexed.equals(network.exhaustiveNeighbours(p.dossier().id())) ? 1 : 0;
            ranking.put(p.member(), indexed.stream().map(n -> memberOf.get(n.plan())).toList());
        }
        Scores all = scores(gold, ranking, b -> true);
        System.out.printf(Locale.ROOT, "%s: precision@3 %.3f, recall@3 %.3f, MRR %.3f (%d plans)%n", variant,
                all.precision, all.recall, all.mrr, all.plans);
        Scores cross = crossLanguage(gold, ranking);
        System.out.printf(Locale.ROOT, "%s, cross-language pairs alone: precision@3 %.3f, recall@3 %.3f, MRR %.3f; "
                        + "pairs in each other's top 3: %d of %d (%.1f %%)%n", variant, cross.precision, cross.recall,
                cross.mrr, cross.bothWays, cross.pairs, 100.0 * cross.bothWays / cross.pairs);
        int intruding = 0;
        for (GoldSet.LookAlike l : gold.lookAlikes()) {
            boolean in = top(ranking.get(l.a())).contains(l.b()) || top(ranking.get(l.b())).contains(l.a());
            intruding += in ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "%s: look-alikes in a top 3: %d of %d; indexed lists equal to exhaustive scoring: "
                + "%d of %d%n", variant, intruding, gold.lookAlikes().size(), exact, gold.plans().size());
        if (detail) {
            ranking.forEach((a, list) -> {
                StringBuilder line = new StringBuilder("  " + a.value() + " ->");
                for (MemberId b : top(list)) {
                    line.append(' ').append(b.value()).append(gold.related(a, b) ? "" : gold.lookAlike(a, b) ? "(look-alike)" : "(x)");
                }
                System.out.println(line);
            });
        }
    }

    private record Scores(double precision, double recall, double mrr, int plans, int pairs, int bothWays) {
    }

    /**
     * Precision@3: the share of the 3 places held by related plans (a plan with fewer than 3
     * related plans can fill at most that many). Recall@3: the share of a plan's related plans
     * in its top 3. MRR: the mean of 1 / the rank of the first related plan. Each a mean over
     * the plans that have a related plan {@code counts} admits.
     */
    private static Scores scores(GoldSet gold, Map<MemberId, List<MemberId>> ranking, Predicate<MemberId[]> counts) {
        double precision = 0;
        double recall = 0;
        double mrr = 0;
        int plans = 0;
        for (Map.Entry<MemberId, List<MemberId>> e : ranking.entrySet()) {
            MemberId a = e.getKey();
            Set<MemberId> related = gold.relatedTo(a);
            related.removeIf(b -> !counts.test(new MemberId[] {a, b}));
            if (related.isEmpty()) {
                continue;
            }
            plans++;
            List<MemberId> top = top(e.getValue());
            long hits = top.stream().filter(related::contains).count();
            precision += (double) hits / Math.min(K, related.size());
            recall += (double) hits / related.size();
            List<MemberId> list = e.getValue();
            for (int r = 0; r < list.size(); r++) {
                if (related.contains(list.get(r))) {
                    mrr += 1.0 / (r + 1);
                    break;
                }
            }
        }
        return new Scores(precision / plans, recall / plans, mrr / plans, plans, 0, 0);
    }

    private static Scores crossLanguage(GoldSet gold, Map<MemberId, List<MemberId>> ranking) {
        Scores s = scores(gold, ranking, ab -> gold.crossLanguage(ab[0], ab[1]));
        int pairs = 0;
        int bothWays = 0;
        List<MemberId> members = new ArrayList<>(ranking.keySet());
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                MemberId a = members.get(i);
                MemberId b = members.get(j);
                if (gold.related(a, b) && gold.crossLanguage(a, b)) {
                    pairs++;
                    bothWays += top(ranking.get(a)).contains(b) && top(ranking.get(b)).contains(a) ? 1 : 0;
                }
            }
        }
        return new Scores(s.precision, s.recall, s.mrr, s.plans, pairs, bothWays);
    }

    private static List<MemberId> top(List<MemberId> ranking) {
        return ranking.subList(0, Math.min(K, ranking.size()));
    }
}
