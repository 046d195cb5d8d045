package org.neascn.framework.financing;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.neascn.model.financing.CountryList;
import org.neascn.model.financing.EligibilityRule;
import org.neascn.model.financing.FinancierProfile;
import org.neascn.model.financing.TicketSize;
import org.neascn.model.project.Instrument;
import org.neascn.model.project.Project;
import org.neascn.model.shared.Money;
import org.neascn.model.taxonomy.FocusAreaCode;

/**
 * The reason for each rule check, in the words a finance officer uses. Composed only when a
 * check's reason is read, from the outcome {@link CompiledFinancier#outcome} decided.
 */
final class RuleReasons {

    private static final int MET = RuleCheck.Outcome.MET.ordinal();
    private static final int NOT_KNOWN = RuleCheck.Outcome.NOT_KNOWN.ordinal();

    private RuleReasons() {
    }

    static String reason(CompiledFinancier f, int check, int code, ProjectFacts facts) {
        int outcome = CompiledFinancier.outcomeOf(code).ordinal();
        int fit = CompiledFinancier.fit(code);
        Project project = facts.project;
        FinancierProfile profile = f.profile;
        if (check < f.rules.size()) {
            return country(f, check, outcome, facts);
        }
        switch (check - f.rules.size()) {
            case CompiledFinancier.STAGE:
                return profile.name().originalText() + " supports " + words(profile.stages().from()) + " to "
                        + words(profile.stages().to()) + (outcome == MET ? ", which includes " : "; the project is at ")
                        + words(project.stage());
            case CompiledFinancier.INSTRUMENT:
                return instrument(profile, outcome, project.instrumentsSought());
            case CompiledFinancier.FOCUS_AREA:
                return focusArea(profile.focusAreas(), outcome, fit, project.focusAreas());
            case CompiledFinancier.SECTOR:
                return sector(f, outcome, fit, project.dacSector());
            default:
                return ticket(profile.ticketSize(), f.ticketCurrency(), outcome, facts.sought);
        }
    }

    private static String country(CompiledFinancier f, int check, int outcome, ProjectFacts facts) {
        EligibilityRule rule = f.rules.get(check);
        CountryList list = f.lists[check];
        String country = facts.project.location().country().value();
        if (outcome == NOT_KNOWN) {
            return "the list '" + list.name().originalText() + "' does not record the standing of " + country
                    + ", so the rule '" + rule.id() + "' could not be checked; ask " + f.profile.name().originalText();
        }
        boolean met = outcome == MET;
        boolean listed = met == (rule.condition() == EligibilityRule.Condition.COUNTRY_IN_LIST);
        String asOf = " (as of " + list.asOf() + (list.verified() ? "" : ", not verified") + ")";
        return country + (listed ? " is" : " is not") + " on the list '" + list.name().originalText() + "'" + asOf
                + (met ? "" : ": " + rule.explanation().originalText());
    }

    private static String instrument(FinancierProfile profile, int outcome, Set<Instrument> sought) {
        Set<Instrument> offered = EnumSet.copyOf(profile.instruments());
        if (outcome == NOT_KNOWN) {
            return "the project records no instrument sought; " + profile.name().originalText() + " offers "
                    + words(offered);
        }
        if (outcome == MET) {
            Set<Instrument> both = EnumSet.copyOf(offered);
            both.retainAll(sought);
            return "offers " + words(both) + ", which the project seeks";
        }
        return "offers " + words(offered) + "; the project seeks " + words(sought);
    }

    private static String focusArea(Set<FocusAreaCode> wanted, int outcome, int fit, Set<FocusAreaCode> filed) {
        if (outcome == MET && fit == 1) {
            return "funds any focus area";
        }
        if (outcome == NOT_KNOWN) {
            return "the project records no focus area; the financier funds " + codes(wanted);
        }
        if (outcome == MET) {
            return "funds the focus area " + filed.stream().filter(wanted::contains).findFirst().orElseThrow();
        }
        return "funds " + codes(wanted) + " only; the project is filed under " + codes(filed);
    }

    private static String sector(CompiledFinancier f, int outcome, int fit, String dac) {
        Set<String> sectors = f.profile.sectors();
        if (outcome == MET && fit == 1) {
            return "funds any sector";
        }
        if (outcome == NOT_KNOWN) {
            return "the project records no DAC sector; the financier funds sectors " + sectors;
        }
        if (outcome == MET) {
            return "funds DAC sector " + f.matchingSector(dac) + ", which covers " + dac;
        }
        return "funds DAC sectors " + sectors + " only; the project's sector is " + dac;
    }

    private static String ticket(TicketSize ticket, int currency, int outcome, AmountSought sought) {
        if (ticket == null) {
            return "states no ticket size";
        }
        if (!sought.isKnown()) {
            return "ticket size not checked: " + sought.unknownBecause();
        }
        Money min = ticket.min();
        Money amount = sought.inTicketCurrency(currency);
        if (amount == null) {
            return "ticket size is stated in " + min.currency() + " and the project's cost in "
                    + sought.amount().currency() + "; no " + sought.amount().currency() + "/" + min.currency()
                    + " exchange rate was supplied, so the ticket size was not checked";
        }
        String conversion = amount.currency().equals(sought.amount().currency()) ? ""
                : " (" + amount + " at " + sought.rates().between(amount.currency(), sought.amount().currency())
                        .orElseThrow() + ")";
        if (outcome != MET) {
            return sought.derivation() + conversion + " is below the smallest ticket of " + min;
        }
        Money max = ticket.max();
        boolean partial = max != null && amount.compareTo(max) > 0;
        return sought.derivation() + conversion + (partial ? " exceeds the largest ticket of " + max
                + ", so it could co-finance part" : " is within the ticket size of " + min
                + (max == null ? " or more" : " to " + max));
    }

    static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ').replace("pre feasibility", "pre-feasibility");
    }

    static String words(Set<? extends Enum<?>> values) {
        return values.stream().map(RuleReasons::words).collect(Collectors.joining(", "));
    }

    private static String codes(Set<FocusAreaCode> codes) {
        return codes.stream().map(FocusAreaCode::value).collect(Collectors.joining(", "));
    }
}
