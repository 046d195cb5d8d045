package org.neascn.server.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.neascn.framework.workflow.Actor;
import org.neascn.server.security.AuthenticationRequiredException;
import org.neascn.server.security.Caller;
import org.neascn.server.security.CurrentCaller;

/**
 * The one place where the server's {@link Caller} becomes the library's {@link Actor}. The
 * principal recorded in the audit trail is the caller's role and binding
 * ({@code member-editor:seoul}), which is all the server knows of who acts.
 */
@ApplicationScoped
public class Actors {

    @Inject
    CurrentCaller currentCaller;

    /** The caller of this request, who must be signed in to change anything. */
    public Actor signedIn() {
        Caller caller = currentCaller.get();
        if (caller.isAnonymous()) {
            throw new AuthenticationRequiredException("Sign in to change the network's records");
        }
        return of(caller);
    }

    /** The caller of this request, possibly the anonymous public. */
    public Actor current() {
        return of(currentCaller.get());
    }

    public Caller caller() {
        return currentCaller.get();
    }

    public static Actor of(Caller caller) {
        return CurrentCaller.actorOf(caller);
    }
}
