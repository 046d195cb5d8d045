package org.neascn.framework.overlap.theme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neascn.framework.overlap.theme.CooperationThemes.Edge;
import org.neascn.model.scap.ScapId;

/** Joins the plans of one theme along their strongest pairs first, never letting a group grow past the cap. */
final class ThemeGroups {

    private ThemeGroups() {
    }

    static final class Group {
        final List<ScapId> plans = new ArrayList<>();
        /** Per plan, the sum of the scores of its pairs in the group: the strength of its evidence. */
        final Map<ScapId, Double> strength = new HashMap<>();
        double scoreSum;
        int edges;

        double cohesion() {
            return edges == 0 ? 0 : scoreSum / edges;
        }
    }

    static List<Group> of(List<Edge> edges, int maxPlans) {
        List<Edge> sorted = new ArrayList<>(edges);
        sorted.sort(Comparator.comparingDouble(Edge::score).reversed().thenComparing(e -> e.a().value())
                .thenComparing(e -> e.b().value()));
        Map<ScapId, Group> groupOf = new HashMap<>();
        List<Group> all = new ArrayList<>();
        for (Edge e : sorted) {
            Group ga = groupOf.get(e.a());
            Group gb = groupOf.get(e.b());
            if (ga != null && ga == gb) {
                credit(ga, e);
                continue;
            }
            int size = (ga == null ? 1 : ga.plans.size()) + (gb == null ? 1 : gb.plans.size());
            if (size > maxPlans) {
                continue;
            }
            Group g = ga != null ? ga : gb != null ? gb : new Group();
            if (ga == null && gb == null) {
                all.add(g);
            }
            for (ScapId p : List.of(e.a(), e.b())) {
                Group old = groupOf.get(p);
                if (old == null) {
                    g.plans.add(p);
                    groupOf.put(p, g);
                } else if (old != g) {
                    for (ScapId moved : old.plans) {
                        g.plans.add(moved);
                        groupOf.put(moved, g);
                    }
                    old.strength.forEach((k, v) -> g.strength.merge(k, v, Double::sum));
                    g.scoreSum += old.scoreSum;
                    g.edges += old.edges;
                    all.remove(old);
                }
            }
            credit(g, e);
        }
        return all;
    }

    private static void credit(Group g, Edge e) {
        g.scoreSum += e.score();
        g.edges++;
        g.strength.merge(e.a(), e.score(), Double::sum);
        g.strength.merge(e.b(), e.score(), Double::sum);
    }
}
