package org.neascn.server.security;

import jakarta.enterprise.context.RequestScoped;
import org.neascn.framework.workflow.Actor;
import org.neascn.model.member.MemberId;
import org.neascn.model.partner.PartnerId;

/** The caller of the request being served, as the {@link CallerFilter} identified it. */
@RequestScoped
public class CurrentCaller {

    private Caller caller = Caller.PUBLIC;
    private String principal = "anonymous";

    public Caller get() {
        return caller;
    }

    /**
     * The caller in the library's vocabulary, which every rule decides by. The principal
     * recorded in the audit trail is the caller's role and binding ({@code member-editor:seoul}),
     * which is all the server knows of who acts.
     */
    public Actor actor() {
        return actorOf(caller);
    }

    public static Actor actorOf(Caller caller) {
        switch (caller.role()) {
            case SECRETARIAT:
                return Actor.secretariat("secretariat");
            case MEMBER_EDITOR:
                return Actor.memberEditor("member-editor:" + caller.member(), MemberId.of(caller.member()));
            case PARTNER:
                return Actor.partner("partner:" + caller.partner(), PartnerId.of(caller.partner()));
            default:
                return Actor.anonymous();
        }
    }

    /** Who acts, for the record: the person a token names ({@code upn}, {@code preferred_username} or {@code sub}), or local mode's identity. */
    public String principal() {
        return principal;
    }

    void set(Caller caller, String principal) {
        this.caller = caller;
        this.principal = principal;
    }
}
