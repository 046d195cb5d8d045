package org.neascn.server.overlap;

import java.util.List;
import org.neascn.model.member.Member;
import org.neascn.model.project.Project;
import org.neascn.model.scap.Scap;

/**
 * Records of one network that overlap analysis reads, as committed when they were read: every
 * record of the three registers (to build the analysis), or those of the plans a write touched
 * (to update it), each plan with its member and that member's projects.
 */
record NetworkRecords(List<Member> members, List<Scap> plans, List<Project> projects) {

    NetworkRecords {
        members = List.copyOf(members);
        plans = List.copyOf(plans);
        projects = List.copyOf(projects);
    }
}
