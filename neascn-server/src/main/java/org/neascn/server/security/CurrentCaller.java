package org.neascn.server.security;

import jakarta.enterprise.context.RequestScoped;

/** The caller of the request being served, as the {@link CallerFilter} identified it. */
@RequestScoped
public class CurrentCaller {

    private Caller caller = Caller.PUBLIC;

    public Caller get() {
        return caller;
    }

    void set(Caller caller) {
        this.caller = caller;
    }
}
