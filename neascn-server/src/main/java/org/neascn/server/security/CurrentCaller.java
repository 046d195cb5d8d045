package org.neascn.server.security;

import jakarta.enterprise.context.RequestScoped;

/** The caller of the request being served, as the {@link CallerFilter} identified it. */
@RequestScoped
public class CurrentCaller {

    private Caller caller = Caller.PUBLIC;
    private String principal = "anonymous";

    public Caller get() {
        return caller;
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
