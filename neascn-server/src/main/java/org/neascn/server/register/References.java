package org.neascn.server.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.concurrent.ConcurrentHashMap;
import org.neascn.framework.input.InputError;
import org.neascn.framework.input.InputRejectedException;
import org.neascn.framework.overlap.Codebook;
import org.neascn.framework.pipeline.ChallengeTaxonomy;
import org.neascn.framework.register.Directory;
import org.neascn.framework.register.RecordReferences;
import org.neascn.model.member.MemberId;
import org.neascn.model.partner.PartnerId;
import org.neascn.model.scap.ScapId;
import org.neascn.server.network.HostedNetwork;
import org.neascn.server.network.HostedNetworks;
import org.neascn.server.security.AccessDeniedException;

/**
 * Checks a record's references and codes on write, inside the writing transaction (the
 * {@link RegisterStore} is {@code MANDATORY}), so that a member deleted meanwhile cannot be named.
 * The rules are the framework's {@link RecordReferences}; this class only answers its
 * {@link Directory} from the store and turns what it finds into one 422 listing every path.
 */
@ApplicationScoped
public class References {

    private static final ChallengeTaxonomy CHALLENGES = ChallengeTaxonomy.standard();

    @Inject
    RegisterStore store;

    @Inject
    HostedNetworks networks;

    private final Map<String, RecordReferences> byNetwork = new ConcurrentHashMap<>();

    /** Refuses the record when it names what its network does not define or hold. */
    public void check(String network, Object record) {
        List<InputError> errors = of(network).check(record, directory(network));
        if (!errors.isEmpty()) {
            throw new InputRejectedException(InputRejectedException.Kind.INVALID, errors);
        }
    }

    /**
     * What makes a stored plan or project unfit for the analyses today: a member the register does
     * not hold, or a code its network does not define. The analyses and the log at start use this.
     */
    public <T> Function<T, List<InputError>> forAnalyses(String network, Set<MemberId> members, Function<T, MemberId> member) {
        return record -> members.contains(member.apply(record)) ? of(network).codes(record)
                : List.of(InputError.of("member", "names member '" + member.apply(record) + "', which the register does not hold"));
    }

    /**
     * A member editor or partner whose binding names an organisation the register lacks writes
     * nothing: a token for a member that was never registered (or was removed) binds to no one.
     */
    public void requireRegistered(String network, String boundMember, String boundPartner) {
        Directory directory = directory(network);
        if (boundMember != null && !directory.hasMember(new MemberId(boundMember))) {
            throw new AccessDeniedException("the caller is bound to member '" + boundMember
                    + "', which network '" + network + "' does not have; an unregistered member writes nothing");
        }
        if (boundPartner != null && !directory.hasPartner(new PartnerId(boundPartner))) {
            throw new AccessDeniedException("the caller is bound to partner '" + boundPartner
                    + "', which network '" + network + "' does not have; an unregistered partner writes nothing");
        }
    }

    private RecordReferences of(String network) {
        return byNetwork.computeIfAbsent(network, id -> {
            HostedNetwork hosted = networks.get(id);
            return new RecordReferences(Codebook.of(hosted.data(), hosted.network().id()), CHALLENGES);
        });
    }

    private Directory directory(String network) {
        return new Directory() {
            @Override
            public boolean hasMember(MemberId member) {
                return store.find(Registers.MEMBERS, network, member.value()).isPresent();
            }

            @Override
            public boolean hasPartner(PartnerId partner) {
                return store.find(Registers.PARTNERS, network, partner.value()).isPresent();
            }

            @Override
            public Optional<MemberId> planOf(ScapId plan) {
                return store.find(Registers.PLANS, network, plan.value()).map(s -> s.record().member());
            }
        };
    }
}
