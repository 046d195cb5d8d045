package org.neascn.server.interchange;

import java.util.List;

/** What an import created: the plan with its version, and its projects. */
public record ImportedPlanView(String plan, long version, List<String> projects) {
}
