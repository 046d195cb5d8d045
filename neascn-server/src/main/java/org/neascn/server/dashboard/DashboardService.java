package org.neascn.server.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.neascn.framework.workflow.history.RecordType;
import org.neascn.model.member.Member;
import org.neascn.model.project.Project;
import org.neascn.model.scap.Scap;
import org.neascn.model.scap.ScapStatus;
import org.neascn.model.shared.LocalizedText;
import org.neascn.server.api.DisplayLanguage;
import org.neascn.server.dashboard.DashboardView.Activity;
import org.neascn.server.dashboard.DashboardView.FocusAreaUse;
import org.neascn.server.dashboard.DashboardView.MissingData;
import org.neascn.server.dashboard.DashboardView.Named;
import org.neascn.server.dashboard.DashboardView.RegisterCounts;
import org.neascn.server.register.RegisterReader;
import org.neascn.server.register.Registers;
import org.neascn.server.workflow.AuditTrail;

/**
 * Counts the registers for the dashboard in one transaction, from what the caller may read
 * (the public never counts a draft). Nothing is decided here: the figures are tallies of the
 * records as stored.
 */
@ApplicationScoped
@Transactional
public class DashboardService {

    private static final int RECENT = 12;

    @Inject
    RegisterReader reader;

    @Inject
    AuditTrail audit;

    public DashboardView of(String network, String acceptLanguage) {
        List<Locale.LanguageRange> language = DisplayLanguage.preferences(acceptLanguage);
        List<Member> members = reader.visible(Registers.MEMBERS, network);
        List<Scap> plans = reader.visible(Registers.PLANS, network);
        List<Project> projects = reader.visible(Registers.PROJECTS, network);

        Set<String> published = plans.stream().filter(p -> p.status() == ScapStatus.PUBLISHED)
                .map(p -> p.member().value()).collect(Collectors.toSet());
        Function<Member, Named> member = m -> new Named(m.id().value(), name(m.name(), language),
                DisplayLanguage.languageOf(m.name(), language), m.id().value());
        Function<Project, Named> project = p -> new Named(p.id().value(), name(p.title(), language),
                DisplayLanguage.languageOf(p.title(), language), p.member().value());
        MissingData missing = new MissingData(
                members.stream().filter(m -> !published.contains(m.id().value())).map(member).toList(),
                projects.stream().filter(p -> p.totalCost() == null).map(project).toList(),
                projects.stream().filter(p -> p.location().latitude() == null || p.location().longitude() == null)
                        .map(project).toList());

        return new DashboardView(
                tally(members, Map.of("country", m -> m.country().value(), "status", m -> m.status().name())),
                tally(plans, Map.of("status", p -> p.status().name())),
                tally(projects, Map.of("stage", p -> p.stage().name(), "financingStatus", p -> p.financingStatus().name())),
                focusAreas(plans, projects),
                missing,
                recent(network, members, plans));
    }

    private static <T> RegisterCounts tally(List<T> records, Map<String, Function<T, String>> breakdowns) {
        Map<String, Map<String, Long>> by = new TreeMap<>();
        breakdowns.forEach((name, key) -> by.put(name,
                records.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()))));
        return new RegisterCounts(records.size(), by);
    }

    private static Map<String, FocusAreaUse> focusAreas(List<Scap> plans, List<Project> projects) {
        Map<String, Long> inPlans = plans.stream().flatMap(p -> p.focusAreas().stream())
                .collect(Collectors.groupingBy(c -> c.value(), Collectors.counting()));
        Map<String, Long> inProjects = projects.stream().flatMap(p -> p.focusAreas().stream())
                .collect(Collectors.groupingBy(c -> c.value(), Collectors.counting()));
        Map<String, FocusAreaUse> mix = new TreeMap<>();
        inPlans.keySet().forEach(c -> mix.put(c, null));
        inProjects.keySet().forEach(c -> mix.put(c, null));
        mix.replaceAll((c, ignored) -> new FocusAreaUse(inPlans.getOrDefault(c, 0L), inProjects.getOrDefault(c, 0L)));
        return mix;
    }

    /**
     * The latest audit entries about plans and members the caller may read: a draft's edits stay
     * with those who may see the draft. Only the summary travels, never the changed values.
     */
    private List<Activity> recent(String network, List<Member> members, List<Scap> plans) {
        Set<String> readablePlans = plans.stream().map(p -> p.id().value()).collect(Collectors.toSet());
        Set<String> readableMembers = members.stream().map(m -> m.id().value()).collect(Collectors.toSet());
        return audit.latest(network, RECENT * 4).stream()
                .filter(e -> e.recordType() == RecordType.SCAP ? readablePlans.contains(e.recordId())
                        : e.members().stream().allMatch(m -> readableMembers.contains(m.value())))
                .filter(e -> e.recordType() == RecordType.SCAP || e.recordType() == RecordType.INITIATIVE
                        || e.recordType() == RecordType.MEETING)
                .sorted(Comparator.comparing((org.neascn.framework.workflow.history.AuditEntry e) -> e.at()).reversed())
                .limit(RECENT)
                .map(e -> new Activity(e.at(), e.action(), e.recordType().name(), e.recordId(), e.summary(),
                        e.fromState(), e.toState()))
                .toList();
    }

    private static String name(LocalizedText text, List<Locale.LanguageRange> language) {
        return DisplayLanguage.pick(text, language);
    }
}
