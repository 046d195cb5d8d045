package org.neascn.framework.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.neascn.framework.overlap.Codebook;
import org.neascn.framework.overlap.OverlapNetwork;
import org.neascn.framework.overlap.OverlapSettings;
import org.neascn.framework.overlap.PlanDossier;
import org.neascn.model.reference.ReferenceData;
import org.neascn.model.shared.InvalidValueException;

class SyntheticNetworkTest {

    @Test
    void theSameSeedGivesTheSameNetwork() {
        assertEquals(SyntheticNetwork.generate(3, 40), SyntheticNetwork.generate(3, 40));
    }

    @Test
    void anotherSeedGivesAnotherNetwork() {
        assertNotEquals(SyntheticNetwork.generate(3, 40).plans(), SyntheticNetwork.generate(4, 40).plans());
    }

    @Test
    void aSmallNetworkIsThePrefixOfALargerOne() {
        assertEquals(SyntheticNetwork.generate(9, 20).plans(), SyntheticNetwork.generate(9, 60).plans().subList(0, 20));
    }

    @Test
    void plansComeFromAllSixCountriesInTheirLanguages() {
        SyntheticNetwork net = SyntheticNetwork.generate(1, 400);
        assertEquals(Set.of("CN", "JP", "KR", "KP", "RU", "MN"),
                net.members().stream().map(m -> m.country().value()).collect(Collectors.toSet()));
        assertEquals(Set.of("ko", "zh-Hans", "ja", "ru", "mn"),
                net.plans().stream().flatMap(p -> p.targets().stream()).map(t -> t.text().original()).collect(Collectors.toSet()));
        assertTrue(net.projects().stream().anyMatch(p -> p.title().in("en").isPresent()));
    }

    @Test
    void plansHaveAboutFiveTargetsAndEightProjects() {
        SyntheticNetwork net = SyntheticNetwork.generate(1, 400);
        double targets = net.plans().stream().mapToInt(p -> p.targets().size()).average().orElseThrow();
        double projects = (double) net.projects().size() / net.plans().size();
        assertTrue(targets >= 4 && targets <= 6, "targets per plan " + targets);
        assertTrue(projects >= 7 && projects <= 9, "projects per plan " + projects);
    }

    @Test
    void everyCodeResolvesInTheReferenceData() {
        SyntheticNetwork net = SyntheticNetwork.generate(1, 200);
        OverlapNetwork overlaps = OverlapNetwork.build(Codebook.of(ReferenceData.standard(), SyntheticNetwork.NETWORK),
                OverlapSettings.defaults(), PlanDossier.assemble(net.members(), net.plans(), net.projects()));
        assertEquals(200, overlaps.plans().size());
    }

    @Test
    void aNegativeNumberOfPlansIsRejected() {
        assertEquals("plans", assertThrows(InvalidValueException.class, () -> SyntheticNetwork.generate(1, -1)).field());
    }
}
