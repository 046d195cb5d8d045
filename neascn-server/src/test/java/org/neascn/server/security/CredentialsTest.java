package org.neascn.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A role holds in its own network only; elsewhere its holder reads as the public and changes nothing. */
class CredentialsTest {

    @Test
    void aLocalIdentityMayNameTheNetworkItsRoleHoldsIn() {
        assertEquals(new Credentials(Caller.memberEditor("bangkok"), "ascn"), LocalIdentity.parse("member-editor:bangkok@ascn"));
        assertEquals(new Credentials(Caller.secretariat(), "neascn"), LocalIdentity.parse(" secretariat@neascn "));
        assertEquals(new Credentials(Caller.partner("adb"), null), LocalIdentity.parse("partner:adb"));
    }

    @Test
    void aMalformedNetworkBindingIsRefused() {
        assertThrows(AuthenticationRequiredException.class, () -> LocalIdentity.parse("secretariat@"));
        assertThrows(AuthenticationRequiredException.class, () -> LocalIdentity.parse("secretariat@Not A Network"));
        assertThrows(AuthenticationRequiredException.class, () -> LocalIdentity.parse("member-editor:@ascn"));
    }

    @Test
    void inItsOwnNetworkTheRoleHolds() {
        Credentials editor = new Credentials(Caller.memberEditor("bangkok"), "ascn");
        assertEquals(Caller.memberEditor("bangkok"), editor.in("ascn", "PUT"));
        assertEquals(Caller.memberEditor("bangkok"), editor.in(null, "GET"));
    }

    @Test
    void inAnotherNetworkItReadsAsThePublic() {
        assertEquals(Caller.PUBLIC, new Credentials(Caller.secretariat(), "ascn").in("neascn", "GET"));
        assertEquals(Caller.PUBLIC, new Credentials(Caller.memberEditor("shanghai"), "gulf").in("neascn", "HEAD"));
    }

    @Test
    void inAnotherNetworkItChangesNothing() {
        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> new Credentials(Caller.memberEditor("bangkok"), "ascn").in("neascn", "POST"));
        assertEquals("As the member editor of 'bangkok' of network 'ascn' you may not change the records of network 'neascn'",
                e.getMessage());
        assertThrows(AccessDeniedException.class, () -> new Credentials(Caller.secretariat(), "ascn").in("neascn", "DELETE"));
    }

    @Test
    void aLocalIdentityWithoutANetworkHoldsEverywhere() {
        assertEquals(Caller.secretariat(), new Credentials(Caller.secretariat(), null).in("ascn", "POST"));
    }
}
