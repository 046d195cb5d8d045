package org.neascn.server.pipeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.neascn.framework.financing.ExchangeRates;
import org.neascn.framework.financing.FinancierMatcher;
import org.neascn.framework.pipeline.ChallengeReport;
import org.neascn.framework.pipeline.ChallengeTaxonomy;
import org.neascn.framework.pipeline.FinancingProspects;
import org.neascn.framework.pipeline.PipelineAnalytics;
import org.neascn.framework.pipeline.ProspectsReport;
import org.neascn.framework.pipeline.SizeBands;
import org.neascn.framework.readiness.ReadinessAssessment;
import org.neascn.framework.sanctions.MemberCountries;
import org.neascn.framework.sanctions.SanctionsScreening;
import org.neascn.framework.sanctions.ScreeningResult;
import org.neascn.model.financing.FinancierProfile;
import org.neascn.model.member.Member;
import org.neascn.model.project.Project;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.taxonomy.Taxonomy;
import org.neascn.server.network.HostedNetwork;
import org.neascn.server.network.HostedNetworks;
import org.neascn.server.register.InvalidQueryException;
import org.neascn.server.register.RegisterReader;
import org.neascn.server.register.RegisterService;
import org.neascn.server.register.Registers;

/**
 * The pipeline analyses of a network's projects, read as the caller may read them. Sanctions
 * screening uses the network's regimes and the members as the register holds them; financiers
 * come from the network's financier register, the readiness rubric and country lists from the
 * network's own reference data.
 */
@ApplicationScoped
@Transactional
public class PipelineService {

    private static final ChallengeTaxonomy CHALLENGES = ChallengeTaxonomy.standard();

    @Inject
    RegisterService registers;

    @Inject
    RegisterReader reader;

    @Inject
    HostedNetworks networks;

    /** @param financier the financier whose lenses apply as well, or null */
    public ReadinessAssessment readiness(String network, String project, ExchangeRates rates, String financier) {
        Project p = project(network, project);
        if (financier == null) {
            return networks.get(network).readiness().assess(p, rates);
        }
        return networks.get(network).readiness().assessFor(p, rates, financiers(network).stream().filter(f -> f.id().equals(financier))
                .findFirst().orElseThrow(() -> new InvalidQueryException("financier", "'" + financier
                        + "' is not a financier of the network")));
    }

    public FinancingMatches matches(String network, String project, ExchangeRates rates) {
        Project p = project(network, project);
        return FinancingMatches.of(matcher(network).match(p, rates, today()));
    }

    public ScreeningResult screen(String network, String project) {
        Project p = project(network, project);
        return screening(network).screen(p, today());
    }

    /**
     * @throws org.neascn.framework.financing.MissingExchangeRateException when amounts in a
     *         currency have no supplied rate to the reporting one
     */
    public PipelineView summary(String network, MultivaluedMap<String, String> params, RatesBody body) {
        PipelineQuery query = query(network, params, Set.of("currency", "rate"));
        ExchangeRates rates = body != null ? bodyRates(query, body) : RateParameters.parse(query.rates());
        List<Project> projects = reader.visible(Registers.PROJECTS, network).stream().filter(query.filter()).toList();
        try {
            return PipelineView.of(PipelineAnalytics.summarise(projects, query.currency(), rates), query.echo());
        } catch (InvalidValueException e) {
            throw new InvalidQueryException(body != null ? "rates" : "rate", e.getMessage());
        }
    }

    /** The seed's first question answered from the projects the caller may read. */
    public ProspectsReport prospects(String network, MultivaluedMap<String, String> params) {
        PipelineQuery query = query(network, params, Set.of("rate", "format"));
        ExchangeRates rates = RateParameters.parse(query.rates());
        List<Project> projects = reader.visible(Registers.PROJECTS, network).stream().filter(query.filter()).toList();
        return FinancingProspects.report(projects, matcher(network), rates, today(), SizeBands.standard(),
                FinancingProspects.BY_SDG_TARGET);
    }

    public ChallengeView challenges(String network) {
        return ChallengeView.of(ChallengeReport.of(reader.visible(Registers.PROJECTS, network), CHALLENGES));
    }

    private PipelineQuery query(String network, MultivaluedMap<String, String> params, Set<String> allowed) {
        HostedNetwork net = networks.get(network);
        Set<String> members = reader.visible(Registers.MEMBERS, network).stream().map(Member::id)
                .map(m -> m.value()).collect(Collectors.toSet());
        Taxonomy taxonomy = net.data().taxonomy(net.network().taxonomy()).orElseThrow(
                () -> new IllegalStateException("network " + network + " names unknown taxonomy "
                        + net.network().taxonomy()));
        return PipelineQuery.parse(params, allowed, members, taxonomy);
    }

    private static ExchangeRates bodyRates(PipelineQuery query, RatesBody body) {
        if (!query.rates().isEmpty()) {
            throw new InvalidQueryException("rate", "give the rates either as rate parameters or in the body, not both");
        }
        return RateParameters.parse(body);
    }

    /** The network's financiers as its register holds them today: the secretariat's edits count at once. */
    private List<FinancierProfile> financiers(String network) {
        return reader.all(Registers.FINANCIERS, network);
    }

    private FinancierMatcher matcher(String network) {
        return new FinancierMatcher(financiers(network), networks.get(network).data().countryLists(), screening(network));
    }

    private Project project(String network, String id) {
        return registers.get(Registers.PROJECTS, network, id).record();
    }

    /** The network's sanctions screening, as every analysis and view of the network applies it. */
    public SanctionsScreening screening(String network) {
        HostedNetwork net = networks.get(network);
        return new SanctionsScreening(net.sanctionsRegimes(), MemberCountries.of(reader.visible(Registers.MEMBERS, network)));
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
