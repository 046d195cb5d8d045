package org.neascn.framework.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.neascn.framework.input.InputError;
import org.neascn.framework.input.RequestBodies;
import org.neascn.framework.input.RequestBodiesTest;
import org.neascn.framework.overlap.Codebook;
import org.neascn.framework.pipeline.ChallengeTaxonomy;
import org.neascn.model.member.MemberId;
import org.neascn.model.network.NetworkId;
import org.neascn.model.partner.PartnerId;
import org.neascn.model.reference.ReferenceData;
import org.neascn.model.reference.ReferenceDataSet;
import org.neascn.model.scap.Scap;
import org.neascn.model.scap.ScapId;

/** The references checked on write, against codes drawn from the reference data and codes beside them. */
class RecordReferencesProperties {

    private static final ReferenceDataSet DATA = ReferenceData.standard();
    private static final RecordReferences REFERENCES = new RecordReferences(Codebook.of(DATA, new NetworkId("neascn")),
            ChallengeTaxonomy.standard());
    private static final Set<String> SDG_TARGETS = DATA.sdgs().stream().flatMap(g -> g.targets().stream())
            .map(t -> t.code().value()).collect(Collectors.toSet());

    /** A network that holds member ulaanbaatar and no plan. */
    private static final Directory ULAANBAATAR = new Directory() {
        @Override
        public boolean hasMember(MemberId member) {
            return member.value().equals("ulaanbaatar");
        }

        @Override
        public boolean hasPartner(PartnerId partner) {
            return false;
        }

        @Override
        public Optional<MemberId> planOf(ScapId plan) {
            return Optional.empty();
        }
    };

    @Property(tries = 200)
    void anSdgTargetIsAcceptedExactlyWhenItIsOneOfThe169(@ForAll("sdgCodes") String code) {
        Scap plan = RequestBodies.read(RequestBodiesTest.fixture("plan").replace("\"11.6\"", "\"" + code + "\"")
                .getBytes(StandardCharsets.UTF_8), Scap.class);
        List<InputError> errors = REFERENCES.check(plan, ULAANBAATAR);
        assertEquals(SDG_TARGETS.contains(code) ? List.of() : List.of("targets[0].sdgTargets[0]"),
                errors.stream().map(InputError::path).toList());
    }

    @Property(tries = 100)
    void aPlanOfAnUnregisteredMemberIsRefusedAtItsMember(@ForAll("members") String member) {
        Scap plan = RequestBodies.read(RequestBodiesTest.fixture("plan").replace("\"ulaanbaatar\"", "\"" + member + "\"")
                .getBytes(StandardCharsets.UTF_8), Scap.class);
        assertEquals(member.equals("ulaanbaatar") ? List.of() : List.of("member"),
                REFERENCES.check(plan, ULAANBAATAR).stream().map(InputError::path).toList());
    }

    @Provide
    Arbitrary<String> sdgCodes() {
        return Arbitraries.oneOf(Arbitraries.of(SDG_TARGETS.stream().sorted().toList()),
                Arbitraries.integers().between(1, 17).flatMap(goal -> Arbitraries.oneOf(
                        Arbitraries.integers().between(1, 12).map(t -> goal + "." + t),
                        Arbitraries.of("a", "b", "c", "d").map(t -> goal + "." + t))));
    }

    @Provide
    Arbitrary<String> members() {
        return Arbitraries.oneOf(Arbitraries.just("ulaanbaatar"),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(20));
    }
}
