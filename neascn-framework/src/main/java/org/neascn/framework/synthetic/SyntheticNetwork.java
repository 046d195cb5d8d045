package org.neascn.framework.synthetic;

import java.util.ArrayList;
import java.util.List;
import org.neascn.model.member.Member;
import org.neascn.model.network.NetworkId;
import org.neascn.model.project.Project;
import org.neascn.model.scap.Scap;
import org.neascn.model.shared.InvalidValueException;

/**
 * A generated network of members, their current action plans and the plans' priority
 * projects, in the NEASCN network's vocabulary (so {@code ReferenceData.standard()} resolves
 * every code). The same seed gives the same network; plan {@code i} does not depend on how
 * many plans are generated, so a network of 1,000 plans is the first 1,000 of one of 13,000.
 *
 * <pre>{@code
 * SyntheticNetwork net = SyntheticNetwork.generate(42, 1_000);
 * net.members(); net.plans(); net.projects();
 * }</pre>
 */
public record SyntheticNetwork(NetworkId network, List<Member> members, List<Scap> plans, List<Project> projects) {

    /** The network synthetic members belong to: the one the reference data describes. */
    public static final NetworkId NETWORK = NetworkId.of("neascn");

    public SyntheticNetwork {
        members = List.copyOf(members);
        plans = List.copyOf(plans);
        projects = List.copyOf(projects);
    }

    /**
     * Generates {@code plans} members, each with one plan of about five strategic targets and
     * about eight projects.
     *
     * @throws InvalidValueException when the number of plans is negative
     */
    public static SyntheticNetwork generate(long seed, int plans) {
        if (plans < 0) {
            throw new InvalidValueException("plans", "must not be negative (was " + plans + ")");
        }
        PlanWriter writer = new PlanWriter(PhraseBank.load(), NETWORK);
        List<Member> members = new ArrayList<>(plans);
        List<Scap> scaps = new ArrayList<>(plans);
        List<Project> projects = new ArrayList<>(plans * 8);
        for (int i = 0; i < plans; i++) {
            PlanWriter.Written w = writer.write(seed, i);
            members.add(w.member());
            scaps.add(w.plan());
            projects.addAll(w.projects());
        }
        return new SyntheticNetwork(NETWORK, members, scaps, projects);
    }
}
