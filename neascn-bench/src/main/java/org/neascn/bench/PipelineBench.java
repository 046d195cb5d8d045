package org.neascn.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.neascn.framework.financing.ExchangeRate;
import org.neascn.framework.financing.ExchangeRates;
import org.neascn.framework.financing.FinancierAssessment;
import org.neascn.framework.financing.FinancierMatcher;
import org.neascn.framework.financing.MatchReport;
import org.neascn.framework.financing.Verdict;
import org.neascn.framework.readiness.ReadinessAssessment;
import org.neascn.framework.readiness.RubricAssessor;
import org.neascn.framework.sanctions.MemberCountries;
import org.neascn.framework.sanctions.SanctionsScreening;
import org.neascn.model.financing.EligibilityRule;
import org.neascn.model.financing.FinancierProfile;
import org.neascn.model.financing.FinancierType;
import org.neascn.model.financing.StageWindow;
import org.neascn.model.financing.TicketSize;
import org.neascn.model.member.MemberId;
import org.neascn.model.network.NetworkId;
import org.neascn.model.project.DocumentType;
import org.neascn.model.project.FinancingStatus;
import org.neascn.model.project.Funding;
import org.neascn.model.project.ImplementingAgency;
import org.neascn.model.project.Instrument;
import org.neascn.model.project.Location;
import org.neascn.model.project.Project;
import org.neascn.model.project.ProjectBuilder;
import org.neascn.model.project.ProjectDocument;
import org.neascn.model.project.ProjectId;
import org.neascn.model.project.Stage;
import org.neascn.model.reference.ReferenceData;
import org.neascn.model.reference.ReferenceDataSet;
import org.neascn.model.shared.CountryCode;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Money;
import org.neascn.model.taxonomy.FocusAreaCode;

/**
 * Assesses the readiness of, and matches, a generated pipeline of projects against generated
 * financiers. Projects and financiers come from a seeded Random, so two runs see the same data.
 * Arguments: [projects] [financiers] [seed]; defaults 100000 200 42.
 */
public final class PipelineBench {

    private static final String[] COUNTRIES = {"CN", "JP", "KR", "KP", "RU", "MN", "VN", "TH", "BR"};
    private static final String[] CURRENCIES = {"CNY", "JPY", "KRW", "KPW", "RUB", "MNT", "VND", "THB", "BRL"};
    private static final String[] FOCUS = {"civic-social", "health-wellbeing", "safety-security",
            "quality-environment", "built-infrastructure", "industry-innovation"};
    private static final String[] LISTS = {"adb-members", "adb-borrowing-members", "oecd-dac-oda-recipients"};
    private static final NetworkId NETWORK = NetworkId.of("neascn");

    private PipelineBench() {
    }

    public static void main(String[] args) {
        int projectCount = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int financierCount = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        ReferenceDataSet data = ReferenceData.standard();
        Random random = new Random(seed);
        List<FinancierProfile> financiers = new ArrayList<>();
        for (int i = 0; i < financierCount; i++) {
            financiers.add(financier(i, random));
        }
        List<Project> projects = new ArrayList<>(projectCount);
        for (int i = 0; i < projectCount; i++) {
            projects.add(project(i, random));
        }
        LocalDate asOf = LocalDate.of(2021, 6, 30);
        // Every currency but KPW has a rate, so tickets in DPRK won are reported as not checked.
        ExchangeRates rates = ExchangeRates.of(
                ExchangeRate.of("USD", "CNY", "6.46", asOf), ExchangeRate.of("USD", "JPY", "110.5", asOf),
                ExchangeRate.of("USD", "KRW", "1130", asOf), ExchangeRate.of("USD", "RUB", "72.9", asOf),
                ExchangeRate.of("USD", "MNT", "2850", asOf), ExchangeRate.of("USD", "VND", "23000", asOf),
                ExchangeRate.of("USD", "THB", "32", asOf), ExchangeRate.of("USD", "BRL", "5.0", asOf));
        Map<MemberId, CountryCode> members = new HashMap<>();
        for (String c : COUNTRIES) {
            for (int m = 0; m < 20; m++) {
                members.put(MemberId.of("city-" + c.toLowerCase(java.util.Locale.ROOT) + "-" + m), CountryCode.of(c));
            }
        }
        SanctionsScreening screening = new SanctionsScreening(data.sanctionsRegimes(), MemberCountries.from(members::get));
        FinancierMatcher matcher = new FinancierMatcher(financiers, data.countryLists(), screening);
        RubricAssessor assessor = RubricAssessor.standard(data.countryLists(),
                org.neascn.framework.pipeline.ChallengeTaxonomy.standard());

        run(projects, matcher, assessor, rates, asOf, "warm-up");
        run(projects, matcher, assessor, rates, asOf, "measured");
    }

    private static void run(List<Project> projects, FinancierMatcher matcher, RubricAssessor assessor,
            ExchangeRates rates, LocalDate on, String label) {
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        Readiness readiness = assessor.assessAll(projects, rates)
                .collect(Readiness::new, Readiness::add, Readiness::merge);
        long assessed = System.nanoTime();
        Matching matching = matcher.matchAll(projects, rates, on)
                .collect(Matching::new, Matching::add, Matching::merge);
        long end = System.nanoTime();
        long millis = (end - start) / 1_000_000;
        long cpuMillis = (processCpuNanos() - cpuStart) / 1_000_000;
        System.out.printf("%s: assessed and matched %d projects against %d financier profiles in %d ms "
                        + "(%.1f µs a project; readiness %d ms, matching %d ms; process CPU %d ms on %d cores)%n",
                label, projects.size(), matching.financiersPerProject(), millis, millis * 1000.0 / projects.size(),
                (assessed - start) / 1_000_000, (end - assessed) / 1_000_000, cpuMillis,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("  verdicts %s; held back by sanctions screening or seeking no money %d; mean readiness score %.1f; gaps %d%n",
                matching.verdicts(), matching.heldBack, readiness.scoreSum.doubleValue() / projects.size(),
                readiness.gaps);
        long q1Start = System.nanoTime();
        long q1CpuStart = processCpuNanos();
        org.neascn.framework.pipeline.ProspectsReport q1 = org.neascn.framework.pipeline.FinancingProspects.report(
                projects, matcher, rates, on, org.neascn.framework.pipeline.SizeBands.standard(),
                org.neascn.framework.pipeline.FinancingProspects.BY_SDG_TARGET);
        long q1Millis = (System.nanoTime() - q1Start) / 1_000_000;
        long rows = q1.rows().size() - 1;
        var total = q1.network().total();
        System.out.printf("  Q1 report (financing prospects) in %d ms (process CPU %d ms): %d projects, %d matched, "
                        + "%d possibly matched, %d not seeking, %d held back; %d countries; %d table rows; "
                        + "top excluding rule %s%n",
                q1Millis, (processCpuNanos() - q1CpuStart) / 1_000_000, total.projects(), total.matched(),
                total.possiblyMatched(), total.notSeeking(), total.heldBack(), q1.byCountry().size(), rows,
                total.excludingRules().isEmpty() ? "none" : total.excludingRules().get(0));
    }

    /** CPU time of the whole process (every thread, the collector's too), or -1 where not reported. */
    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1_000_000;
    }

    /** Readiness figures of a pipeline, gathered per thread and merged. */
    private static final class Readiness {
        private BigDecimal scoreSum = BigDecimal.ZERO;
        private long gaps;

        void add(ReadinessAssessment a) {
            scoreSum = scoreSum.add(a.score());
            gaps += a.gaps().size();
        }

        void merge(Readiness other) {
            scoreSum = scoreSum.add(other.scoreSum);
            gaps += other.gaps;
        }
    }

    /** Matching figures of a pipeline, gathered per thread and merged; counts as numbers, not boxed. */
    private static final class Matching {
        private final long[] verdicts = new long[Verdict.values().length];
        private long projects;
        /** Projects no financier was judged for: held back by screening, or seeking no money. */
        private long heldBack;

        void add(MatchReport report) {
            projects++;
            if (report.isHeldBack() || report.isNotSeeking()) {
                heldBack++;
            }
            for (FinancierAssessment f : report.assessments()) {
                verdicts[f.verdict().ordinal()]++;
            }
        }

        void merge(Matching other) {
            projects += other.projects;
            heldBack += other.heldBack;
            for (int i = 0; i < verdicts.length; i++) {
                verdicts[i] += other.verdicts[i];
            }
        }

        Map<Verdict, Long> verdicts() {
            Map<Verdict, Long> byVerdict = new EnumMap<>(Verdict.class);
            for (Verdict v : Verdict.values()) {
                if (verdicts[v.ordinal()] > 0) {
                    byVerdict.put(v, verdicts[v.ordinal()]);
                }
            }
            return byVerdict;
        }

        /** The financier count, recovered from the verdicts of the projects that were matched. */
        long financiersPerProject() {
            long assessed = 0;
            for (long v : verdicts) {
                assessed += v;
            }
            long matched = projects - heldBack;
            return matched == 0 ? 0 : assessed / matched;
        }
    }

    private static FinancierProfile financier(int i, Random r) {
        Set<Instrument> instruments = EnumSet.noneOf(Instrument.class);
        Instrument[] all = Instrument.values();
        int n = 1 + r.nextInt(3);
        for (int k = 0; k < n; k++) {
            instruments.add(all[r.nextInt(all.length)]);
        }
        Set<FocusAreaCode> focus = new LinkedHashSet<>();
        if (r.nextInt(3) > 0) {
            for (int k = 0; k < 1 + r.nextInt(2); k++) {
                focus.add(FocusAreaCode.of(FOCUS[r.nextInt(FOCUS.length)]));
            }
        }
        Set<String> sectors = r.nextInt(4) == 0 ? Set.of(r.nextBoolean() ? "236" : "43030") : Set.of();
        Stage[] stages = Stage.values();
        int from = r.nextInt(stages.length);
        int to = Math.min(stages.length - 1, from + r.nextInt(4));
        TicketSize ticket = r.nextInt(4) == 0 ? null : new TicketSize(
                new Money(BigDecimal.valueOf((1 + r.nextInt(20)) * 500_000L), org.neascn.model.shared.CurrencyCode.of("USD")),
                r.nextBoolean() ? null : new Money(BigDecimal.valueOf((20 + r.nextInt(200)) * 1_000_000L),
                        org.neascn.model.shared.CurrencyCode.of("USD")));
        List<EligibilityRule> rules = new ArrayList<>();
        if (r.nextInt(3) > 0) {
            rules.add(new EligibilityRule("country-rule", r.nextInt(5) == 0 ? EligibilityRule.Condition.COUNTRY_NOT_IN_LIST
                    : EligibilityRule.Condition.COUNTRY_IN_LIST, LISTS[r.nextInt(LISTS.length)],
                    LocalizedText.of("en", "generated rule " + i)));
        }
        FinancierType[] types = FinancierType.values();
        return new FinancierProfile("financier-" + i, LocalizedText.of("en", "Financier " + i), null,
                LocalizedText.of("en", "Programme " + i), types[r.nextInt(types.length)], instruments, focus, sectors,
                new StageWindow(stages[from], stages[to]), ticket, rules);
    }

    private static Project project(int i, Random r) {
        int c = r.nextInt(COUNTRIES.length);
        String country = COUNTRIES[c];
        String currency = r.nextBoolean() ? "USD" : CURRENCIES[c];
        Stage stage = Stage.values()[r.nextInt(Stage.values().length)];
        ProjectBuilder b = new ProjectBuilder(ProjectId.of("p-" + i), NETWORK,
                MemberId.of("city-" + country.toLowerCase(java.util.Locale.ROOT) + "-" + r.nextInt(20)),
                LocalizedText.of("en", "Project " + i))
                .location(new Location(CountryCode.of(country), null, null, null))
                .stage(stage)
                .focusArea(FocusAreaCode.of(FOCUS[r.nextInt(FOCUS.length)]))
                .seeks(Instrument.values()[r.nextInt(Instrument.values().length)])
                .financingStatus(FinancingStatus.NOT_FUNDED_SEEKING_FULL);
        if (r.nextInt(10) > 0) {
            long usd = (1 + r.nextInt(400)) * 250_000L;
            b.totalCost(new Money(BigDecimal.valueOf(usd), org.neascn.model.shared.CurrencyCode.of(currency)));
        }
        if (r.nextBoolean()) {
            b.dacSector(r.nextBoolean() ? "23630" : "43030");
        }
        if (r.nextInt(3) == 0) {
            b.funding(new Funding(null, LocalizedText.of("en", "City budget"),
                    new Money(BigDecimal.valueOf(100_000L * (1 + r.nextInt(50))),
                            org.neascn.model.shared.CurrencyCode.of(currency)), Instrument.GRANT, true))
                    .financingStatus(FinancingStatus.PARTIALLY_FUNDED_SEEKING_ADDITIONAL);
        }
        DocumentType[] docs = DocumentType.values();
        for (int d = 0; d < stage.ordinal(); d++) {
            b.document(new ProjectDocument(docs[r.nextInt(docs.length)], LocalizedText.of("en", "Study"),
                    LocalDate.of(2020, 1 + r.nextInt(12), 1), null));
        }
        if (r.nextBoolean()) {
            b.implementingAgency(new ImplementingAgency(LocalizedText.of("en", "Agency"), r.nextInt(4) == 0 ? "A2" : null));
        }
        if (r.nextBoolean()) {
            b.emissionReductionTco2ePerYear(BigDecimal.valueOf(r.nextInt(100_000)));
        }
        return b.build();
    }
}
