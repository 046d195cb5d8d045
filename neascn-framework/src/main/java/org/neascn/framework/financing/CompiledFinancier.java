package org.neascn.framework.financing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.neascn.framework.financing.RuleCheck.Outcome;
import org.neascn.model.financing.CountryList;
import org.neascn.model.financing.EligibilityRule;
import org.neascn.model.financing.FinancierProfile;
import org.neascn.model.financing.TicketSize;
import org.neascn.model.project.Instrument;
import org.neascn.model.project.Project;
import org.neascn.model.shared.Money;
import org.neascn.model.taxonomy.FocusAreaCode;

/**
 * A financier's profile prepared for matching many projects: its country rules resolved to
 * their lists, its instruments as an enum set. Each check returns the outcome and a reason.
 */
final class CompiledFinancier {

    private final FinancierProfile profile;
    private final List<EligibilityRule> rules;
    private final int[] listIndex;
    private final List<CountryList> lists;
    private final EnumSet<Instrument> instruments;

    CompiledFinancier(FinancierProfile profile, List<CountryList> lists, java.util.Map<String, Integer> indexOfList) {
        this.profile = profile;
        this.rules = profile.rules();
        this.lists = lists;
        this.listIndex = new int[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            Integer index = indexOfList.get(rules.get(i).countryList());
            if (index == null) {
                throw new org.neascn.model.shared.InvalidValueException(
                        "financiers[" + profile.id() + "].rules[" + rules.get(i).id() + "].countryList",
                        "names list '" + rules.get(i).countryList() + "', which is not among the country lists supplied");
            }
            listIndex[i] = index;
        }
        this.instruments = EnumSet.copyOf(profile.instruments());
    }

    FinancierProfile profile() {
        return profile;
    }

    FinancierAssessment assess(Project project, CountryList.Standing[] standings, AmountSought sought) {
        List<RuleCheck> checks = new ArrayList<>(rules.size() + 5);
        for (int i = 0; i < rules.size(); i++) {
            checks.add(country(project, rules.get(i), lists.get(listIndex[i]), standings[listIndex[i]]));
        }
        checks.add(stage(project));
        checks.add(instrument(project));
        checks.add(focusArea(project));
        checks.add(sector(project));
        checks.add(ticket(sought));
        return FinancierAssessment.of(profile, checks);
    }

    private RuleCheck country(Project project, EligibilityRule rule, CountryList list, CountryList.Standing standing) {
        String country = project.location().country().value();
        String name = "country:" + rule.id();
        if (standing == CountryList.Standing.NOT_KNOWN) {
            return new RuleCheck(name, Outcome.NOT_KNOWN, 0, () -> "the list '" + list.name().originalText()
                    + "' does not record the standing of " + country + ", so the rule '" + rule.id()
                    + "' could not be checked; ask " + profile.name().originalText());
        }
        boolean listed = standing == CountryList.Standing.LISTED;
        boolean met = listed == (rule.condition() == EligibilityRule.Condition.COUNTRY_IN_LIST);
        String asOf = " (as of " + list.asOf() + (list.verified() ? "" : ", not verified") + ")";
        return new RuleCheck(name, met ? Outcome.MET : Outcome.FAILED, 2, () -> country + (listed ? " is" : " is not")
                + " on the list '" + list.name().originalText() + "'" + asOf
                + (met ? "" : ": " + rule.explanation().originalText()));
    }

    private RuleCheck stage(Project project) {
        boolean met = profile.stages().contains(project.stage());
        return new RuleCheck("stage", met ? Outcome.MET : Outcome.FAILED, 2, () -> profile.name().originalText()
                + " supports " + words(profile.stages().from()) + " to " + words(profile.stages().to())
                + (met ? ", which includes " : "; the project is at ") + words(project.stage()));
    }

    private RuleCheck instrument(Project project) {
        Set<Instrument> sought = project.instrumentsSought();
        if (sought.isEmpty()) {
            return new RuleCheck("instrument", Outcome.NOT_KNOWN, 0, () -> "the project records no instrument sought; "
                    + profile.name().originalText() + " offers " + words(instruments));
        }
        for (Instrument i : sought) {
            if (instruments.contains(i)) {
                return new RuleCheck("instrument", Outcome.MET, 2, () -> "offers " + words(common(sought))
                        + ", which the project seeks");
            }
        }
        return new RuleCheck("instrument", Outcome.FAILED, 0, () -> "offers " + words(instruments)
                + "; the project seeks " + words(sought));
    }

    private Set<Instrument> common(Set<Instrument> sought) {
        EnumSet<Instrument> both = EnumSet.copyOf(instruments);
        both.retainAll(sought);
        return both;
    }

    private RuleCheck focusArea(Project project) {
        Set<FocusAreaCode> wanted = profile.focusAreas();
        if (wanted.isEmpty()) {
            return new RuleCheck("focus-area", Outcome.MET, 1, () -> "funds any focus area");
        }
        if (project.focusAreas().isEmpty()) {
            return new RuleCheck("focus-area", Outcome.NOT_KNOWN, 0,
                    () -> "the project records no focus area; the financier funds " + codes(wanted));
        }
        for (FocusAreaCode f : project.focusAreas()) {
            if (wanted.contains(f)) {
                return new RuleCheck("focus-area", Outcome.MET, 2, () -> "funds the focus area " + f);
            }
        }
        return new RuleCheck("focus-area", Outcome.FAILED, 0, () -> "funds " + codes(wanted)
                + " only; the project is filed under " + codes(project.focusAreas()));
    }

    private RuleCheck sector(Project project) {
        Set<String> sectors = profile.sectors();
        if (sectors.isEmpty()) {
            return new RuleCheck("sector", Outcome.MET, 1, () -> "funds any sector");
        }
        String dac = project.dacSector();
        if (dac == null) {
            return new RuleCheck("sector", Outcome.NOT_KNOWN, 0,
                    () -> "the project records no DAC sector; the financier funds sectors " + sectors);
        }
        for (String s : sectors) {
            if (dac.equals(s) || (s.length() == 3 && dac.startsWith(s))) {
                return new RuleCheck("sector", Outcome.MET, 2, () -> "funds DAC sector " + s + ", which covers " + dac);
            }
        }
        return new RuleCheck("sector", Outcome.FAILED, 0, () -> "funds DAC sectors " + sectors
                + " only; the project's sector is " + dac);
    }

    private RuleCheck ticket(AmountSought sought) {
        TicketSize ticket = profile.ticketSize();
        if (ticket == null) {
            return new RuleCheck("ticket-size", Outcome.MET, 0, () -> "states no ticket size");
        }
        if (!sought.isKnown()) {
            return new RuleCheck("ticket-size", Outcome.NOT_KNOWN, 0,
                    () -> "ticket size not checked: " + sought.unknownBecause());
        }
        Money min = ticket.min();
        java.util.Optional<Money> inTicketCurrency = sought.in(min.currency());
        if (inTicketCurrency.isEmpty()) {
            return new RuleCheck("ticket-size", Outcome.NOT_KNOWN, 0, () -> "ticket size is stated in " + min.currency()
                    + " and the project's cost in " + sought.amount().currency() + "; no " + sought.amount().currency()
                    + "/" + min.currency() + " exchange rate was supplied, so the ticket size was not checked");
        }
        Money amount = inTicketCurrency.get();
        String conversion = amount.currency().equals(sought.amount().currency()) ? ""
                : " (" + amount + " at " + sought.rates().between(amount.currency(), sought.amount().currency())
                        .orElseThrow() + ")";
        if (amount.compareTo(min) < 0) {
            return new RuleCheck("ticket-size", Outcome.FAILED, 0, () -> sought.derivation() + conversion
                    + " is below the smallest ticket of " + min);
        }
        Money max = ticket.max();
        boolean partial = max != null && amount.compareTo(max) > 0;
        return new RuleCheck("ticket-size", Outcome.MET, 2, () -> sought.derivation() + conversion
                + (partial ? " exceeds the largest ticket of " + max + ", so it could co-finance part"
                        : " is within the ticket size of " + min + (max == null ? " or more" : " to " + max)));
    }

    static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ').replace("pre feasibility", "pre-feasibility");
    }

    static String words(Set<? extends Enum<?>> values) {
        return values.stream().map(CompiledFinancier::words).collect(Collectors.joining(", "));
    }

    private static String codes(Set<FocusAreaCode> codes) {
        return codes.stream().map(FocusAreaCode::value).collect(Collectors.joining(", "));
    }
}
