package org.neascn.framework.financing;

import java.math.BigDecimal;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.neascn.framework.financing.RuleCheck.Outcome;
import org.neascn.model.financing.CountryList;
import org.neascn.model.financing.EligibilityRule;
import org.neascn.model.financing.FinancierProfile;
import org.neascn.model.financing.TicketSize;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.shared.Require;
import org.neascn.model.taxonomy.FocusAreaCode;

/**
 * A financier's profile prepared for matching many projects: its country rules resolved to an
 * answer per standing on their lists, its stage window as ordinals, its instruments and focus
 * areas as bits. Checks come in a fixed order: the country rules, then stage, instrument, focus
 * area, sector and ticket size. {@link #sum} (for the verdict and rank) and {@link #outcome}
 * (for one check) decide through the same per-rule methods; {@link #check} adds the reason
 * (composed by {@link RuleReasons} only when read), so outcomes and reasons always agree.
 *
 * <p>An outcome is coded so that codes add up: the fit in the low bits, plus {@link #NOT_KNOWN}
 * or {@link #FAILED}. The sum over a financier's checks holds its fit and how many rules were
 * not known and failed, which is all a verdict and a rank need, without a branch or an object.
 */
final class CompiledFinancier {

    static final int STAGE = 0;
    static final int INSTRUMENT = 1;
    static final int FOCUS_AREA = 2;
    static final int SECTOR = 3;
    static final int TICKET = 4;
    private static final String[] NAMES = {"stage", "instrument", "focus-area", "sector", "ticket-size"};
    /** Fits and counts below this fit in their own bits of a sum of codes. */
    static final int MAX_CHECKS = 500;
    private static final int NOT_KNOWN = 1 << 10;
    private static final int FAILED = 1 << 20;

    final FinancierProfile profile;
    final List<EligibilityRule> rules;
    final CountryList[] lists;
    private final int[] listIndex;
    /** For each country rule, the outcome code for each {@link CountryList.Standing} ordinal. */
    private final int[][] countryCodes;
    private final String[] countryNames;
    private final int stageFrom;
    private final int stageTo;
    final long instruments;
    private final BitSet focusAreas;
    private final boolean anyFocusArea;
    private final String[] sectors;
    private final int ticketCurrency;
    /** The smallest ticket at the scale of {@link AmountSought#comparableInTicketCurrency}. */
    private final BigDecimal ticketMin;

    CompiledFinancier(FinancierProfile profile, List<CountryList> lists, Map<String, Integer> indexOfList,
            Map<FocusAreaCode, Integer> focusIndex, TicketCurrencies ticketCurrencies) {
        this.profile = profile;
        this.rules = profile.rules();
        Require.that(rules.size() + NAMES.length <= MAX_CHECKS, "financiers[" + profile.id() + "].rules",
                "at most " + (MAX_CHECKS - NAMES.length) + " rules can be matched");
        this.lists = new CountryList[rules.size()];
        this.listIndex = new int[rules.size()];
        this.countryCodes = new int[rules.size()][];
        this.countryNames = new String[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            EligibilityRule rule = rules.get(i);
            Integer index = indexOfList.get(rule.countryList());
            if (index == null) {
                throw new InvalidValueException("financiers[" + profile.id() + "].rules[" + rule.id() + "].countryList",
                        "names list '" + rule.countryList() + "', which is not among the country lists supplied");
            }
            this.listIndex[i] = index;
            this.lists[i] = lists.get(index);
            this.countryNames[i] = "country:" + rule.id();
            this.countryCodes[i] = new int[CountryList.Standing.values().length];
            for (CountryList.Standing s : CountryList.Standing.values()) {
                countryCodes[i][s.ordinal()] = s == CountryList.Standing.NOT_KNOWN ? code(Outcome.NOT_KNOWN, 0)
                        : (s == CountryList.Standing.LISTED) == (rule.condition() == EligibilityRule.Condition.COUNTRY_IN_LIST)
                        ? code(Outcome.MET, 2) : code(Outcome.FAILED, 0);
            }
        }
        this.stageFrom = profile.stages().from().ordinal();
        this.stageTo = profile.stages().to().ordinal();
        this.instruments = ProjectFacts.bits(profile.instruments());
        this.focusAreas = new BitSet(focusIndex.size());
        for (FocusAreaCode f : profile.focusAreas()) {
            focusAreas.set(focusIndex.get(f));
        }
        this.anyFocusArea = focusAreas.isEmpty();
        this.sectors = profile.sectors().toArray(new String[0]);
        TicketSize ticket = profile.ticketSize();
        this.ticketCurrency = ticket == null ? -1 : ticketCurrencies.indexOf(ticket.min().currency());
        this.ticketMin = ticket == null ? null : ticketCurrencies.comparable(ticketCurrency, ticket.min().amount());
    }

    /** The highest fit this financier can give: every check met specifically. */
    int maxFit() {
        return 2 * checkCount();
    }

    int checkCount() {
        return rules.size() + NAMES.length;
    }

    /** The sum of the codes of every check: see the class comment. */
    int sum(ProjectFacts facts) {
        int sum = 0;
        for (int i = 0; i < listIndex.length; i++) {
            sum += country(i, facts);
        }
        return sum + stage(facts) + instrument(facts) + focusArea(facts) + sector(facts.project.dacSector())
                + ticket(facts.sought);
    }

    static Verdict verdict(int sum) {
        return FinancierAssessment.verdict(sum / FAILED, sum % FAILED / NOT_KNOWN);
    }

    static int fit(int sum) {
        return sum % NOT_KNOWN;
    }

    static Outcome outcomeOf(int code) {
        return code >= FAILED ? Outcome.FAILED : code >= NOT_KNOWN ? Outcome.NOT_KNOWN : Outcome.MET;
    }

    FinancierAssessment assessment(Verdict verdict, int fit, ProjectFacts facts) {
        return new FinancierAssessment(profile, verdict, fit, new LazyChecks(this, facts));
    }

    /** The check of the given position, with its reason composed when first read. */
    RuleCheck check(int check, ProjectFacts facts) {
        int code = outcome(check, facts);
        return new RuleCheck(checkName(check), outcomeOf(code), fit(code),
                () -> RuleReasons.reason(this, check, code, facts));
    }

    /** The rule name of the check at the given position: {@code country:<rule id>}, {@code stage} ... */
    String checkName(int check) {
        return check < rules.size() ? countryNames[check] : NAMES[check - rules.size()];
    }

    /** The outcome of one check, coded: see the class comment. */
    int outcome(int check, ProjectFacts facts) {
        if (check < rules.size()) {
            return country(check, facts);
        }
        switch (check - rules.size()) {
            case STAGE:
                return stage(facts);
            case INSTRUMENT:
                return instrument(facts);
            case FOCUS_AREA:
                return focusArea(facts);
            case SECTOR:
                return sector(facts.project.dacSector());
            default:
                return ticket(facts.sought);
        }
    }

    private int country(int rule, ProjectFacts facts) {
        return countryCodes[rule][facts.standings[listIndex[rule]].ordinal()];
    }

    private int stage(ProjectFacts facts) {
        int stage = facts.project.stage().ordinal();
        return stage >= stageFrom && stage <= stageTo ? code(Outcome.MET, 2) : FAILED;
    }

    private int instrument(ProjectFacts facts) {
        return facts.instruments == 0 ? NOT_KNOWN : (facts.instruments & instruments) != 0 ? code(Outcome.MET, 2)
                : FAILED;
    }

    private int focusArea(ProjectFacts facts) {
        return anyFocusArea ? code(Outcome.MET, 1) : facts.project.focusAreas().isEmpty() ? NOT_KNOWN
                : facts.focusAreas.intersects(focusAreas) ? code(Outcome.MET, 2) : FAILED;
    }

    private int sector(String dac) {
        if (sectors.length == 0) {
            return code(Outcome.MET, 1);
        }
        if (dac == null) {
            return code(Outcome.NOT_KNOWN, 0);
        }
        return matchingSector(dac) != null ? code(Outcome.MET, 2) : code(Outcome.FAILED, 0);
    }

    /** The first of the financier's sectors that covers the project's: the same code, or a 3-digit group. */
    String matchingSector(String dac) {
        for (String s : sectors) {
            if (dac.equals(s) || (s.length() == 3 && dac.startsWith(s))) {
                return s;
            }
        }
        return null;
    }

    private int ticket(AmountSought sought) {
        TicketSize ticket = profile.ticketSize();
        if (ticket == null) {
            return code(Outcome.MET, 0);
        }
        BigDecimal amount = sought.isKnown() ? sought.comparableInTicketCurrency(ticketCurrency) : null;
        if (amount == null) {
            return code(Outcome.NOT_KNOWN, 0);
        }
        return amount.compareTo(ticketMin) < 0 ? code(Outcome.FAILED, 0) : code(Outcome.MET, 2);
    }

    /** The ticket currency's index among the matcher's ticket currencies. */
    int ticketCurrency() {
        return ticketCurrency;
    }

    private static int code(Outcome outcome, int fit) {
        return outcome == Outcome.FAILED ? FAILED : outcome == Outcome.NOT_KNOWN ? NOT_KNOWN : fit;
    }
}
