package org.neascn.server.pipeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.neascn.framework.financing.ExchangeRates;
import org.neascn.framework.financing.FinancierMatcher;
import org.neascn.framework.pipeline.ChallengeReport;
import org.neascn.framework.pipeline.ChallengeTaxonomy;
import org.neascn.framework.pipeline.PipelineAnalytics;
import org.neascn.framework.readiness.ReadinessAssessment;
import org.neascn.framework.sanctions.MemberCountries;
import org.neascn.framework.sanctions.SanctionsScreening;
import org.neascn.framework.sanctions.ScreeningResult;
import org.neascn.model.project.Project;
import org.neascn.model.shared.CurrencyCode;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.server.network.HostedNetwork;
import org.neascn.server.network.HostedNetworks;
import org.neascn.server.register.InvalidQueryException;
import org.neascn.server.register.RegisterReader;
import org.neascn.server.register.RegisterService;
import org.neascn.server.register.Registers;

/**
 * The pipeline analyses of a network's projects, read as the caller may read them. Sanctions
 * screening uses the network's regimes and the members as the register holds them; financiers
 * and the readiness rubric come from the network's own reference data.
 */
@ApplicationScoped
@Transactional
public class PipelineService {

    @Inject
    RegisterService registers;

    @Inject
    RegisterReader reader;

    @Inject
    HostedNetworks networks;

    public ReadinessAssessment readiness(String network, String project, ExchangeRates rates) {
        return networks.get(network).readiness().assess(project(network, project), rates);
    }

    public FinancingMatches matches(String network, String project, ExchangeRates rates) {
        Project p = project(network, project);
        FinancierMatcher matcher = FinancierMatcher.of(networks.get(network).data(), screening(network));
        return FinancingMatches.of(matcher.match(p, rates, today()));
    }

    public ScreeningResult screen(String network, String project) {
        Project p = project(network, project);
        return screening(network).screen(p, today());
    }

    /**
     * @throws org.neascn.framework.financing.MissingExchangeRateException when amounts in a
     *         currency have no supplied rate to the reporting one
     */
    public PipelineView summary(String network, String currency, ExchangeRates rates) {
        CurrencyCode reporting;
        try {
            reporting = CurrencyCode.of(currency == null || currency.isBlank() ? "USD" : currency.strip());
        } catch (InvalidValueException e) {
            throw new InvalidQueryException("currency", e.getMessage());
        }
        return PipelineView.of(PipelineAnalytics.summarise(reader.visible(Registers.PROJECTS, network), reporting, rates));
    }

    public ChallengeView challenges(String network) {
        return ChallengeView.of(ChallengeReport.of(reader.visible(Registers.PROJECTS, network), ChallengeTaxonomy.standard()));
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
