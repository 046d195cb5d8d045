package org.neascn.framework.workflow.lifecycle;

/**
 * One lifecycle of the network's records, named as its refusals name it.
 *
 * @param name     the stable name rule codes start with ({@code scap}, {@code measurement})
 * @param first    the state every new one starts in
 * @param commands the commands that move it on, as a person would call them
 */
public record Lifecycle(String name, String first, String commands) {

    public static final Lifecycle SCAP = new Lifecycle("scap", "DRAFT",
            "POST plans/{id}/submit, plans/{id}/return, plans/{id}/publish or plans/{id}/next-version");
    public static final Lifecycle MEASUREMENT = new Lifecycle("measurement", "ENTERED",
            "POST plans/{id}/targets/{target}/indicators/{indicator}/measurements to enter one, then"
                    + " .../measurements/{index}/approve or .../measurements/{index}/return");
    public static final Lifecycle INITIATIVE = new Lifecycle("initiative", "PROPOSED",
            "POST initiatives/{id}/endorse, start-preparation, seek-financing, start-implementation, complete,"
                    + " suspend, cancel or resume");
    public static final Lifecycle MILESTONE = new Lifecycle("milestone", "PLANNED",
            "POST initiatives/{id}/milestones to plan one, then initiatives/{id}/milestones/{index}/settle");
    public static final Lifecycle ACTION_ITEM = new Lifecycle("action-item", "OPEN",
            "POST meetings/{id}/action-items/{action}/status");
    public static final Lifecycle FRAMEWORK_VERSION = new Lifecycle("framework-version", "DRAFT",
            "POST framework-versions/{id}/rounds to consult on it, then framework-versions/{id}/adopt");

    /** The rule a replace breaks when it changes a state. */
    public String byCommandRule() {
        return name + ".status.by-command";
    }

    /** The rule a create breaks when it starts past the first state. */
    public String firstStateRule() {
        return name + ".create.first-state";
    }
}
