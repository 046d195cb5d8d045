package org.neascn.server.register;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;
import org.neascn.model.member.Member;
import org.neascn.server.security.AccessDeniedException;
import org.neascn.server.security.AuthenticationRequiredException;
import org.neascn.server.security.Caller;
import org.neascn.server.security.Role;

/**
 * Every authorization decision of the server, in one place.
 *
 * <ul>
 *   <li>The secretariat reads and writes everything in its network.</li>
 *   <li>A member editor writes only records its member owns: the member's own profile (not its
 *       membership status), its plans, its projects, its people, and the initiatives it leads.
 *       No one moves a lifecycle by writing a record: the library's workflows do
 *       ({@code Lifecycles}), and they decide who may submit, publish or endorse.</li>
 *   <li>A partner writes only its own profile and its own people.</li>
 *   <li>Meetings and framework versions are the secretariat's alone.</li>
 *   <li>The public writes nothing and reads what is public: no plan before publication, no
 *       e-mail address.</li>
 * </ul>
 * A change is checked against the record both before and after it, so no one can move a
 * record out of, or into, another organisation's hands.
 */
@ApplicationScoped
public class AccessPolicy {

    public ReadScope readScope(Caller caller) {
        return new ReadScope(caller.role() == Role.SECRETARIAT, caller.member(), caller.partner());
    }

    public <T> boolean canRead(Caller caller, Register<T, ?> register, T record) {
        return caller.role() == Role.SECRETARIAT || register.isPublic().test(record) || owns(caller, register.owner().apply(record));
    }

    /** The record as this caller may see it. */
    public <T> T view(Caller caller, Register<T, ?> register, T record) {
        return caller.isAnonymous() ? register.publicView().apply(record) : record;
    }

    public <T> void checkCreate(Caller caller, Register<T, ?> register, T created) {
        if (decidedBySecretariat(caller)) {
            return;
        }
        if (!ownersCreateAndDelete(register.aggregate())) {
            throw denied(caller, "create " + register.collection());
        }
        requireOwner(caller, register, created);
    }

    public <T> void checkUpdate(Caller caller, Register<T, ?> register, T before, T after) {
        if (decidedBySecretariat(caller)) {
            return;
        }
        if (!ownersUpdate(register.aggregate())) {
            throw denied(caller, "change " + register.collection());
        }
        requireOwner(caller, register, before);
        requireOwner(caller, register, after);
        if (register.aggregate() == Aggregate.MEMBER && ((Member) before).status() != ((Member) after).status()) {
            throw denied(caller, "change a membership status");
        }
    }

    public <T> void checkDelete(Caller caller, Register<T, ?> register, T before) {
        if (decidedBySecretariat(caller)) {
            return;
        }
        if (!ownersCreateAndDelete(register.aggregate())) {
            throw denied(caller, "delete " + register.collection());
        }
        requireOwner(caller, register, before);
    }

    private static boolean decidedBySecretariat(Caller caller) {
        if (caller.isAnonymous()) {
            throw new AuthenticationRequiredException("Sign in to change the network's records");
        }
        return caller.role() == Role.SECRETARIAT;
    }

    private static boolean ownersUpdate(Aggregate aggregate) {
        return aggregate != Aggregate.MEETING && aggregate != Aggregate.FRAMEWORK_VERSION && aggregate != Aggregate.FINANCIER;
    }

    private static boolean ownersCreateAndDelete(Aggregate aggregate) {
        return ownersUpdate(aggregate) && aggregate != Aggregate.MEMBER && aggregate != Aggregate.PARTNER;
    }

    private static <T> void requireOwner(Caller caller, Register<T, ?> register, T record) {
        if (!owns(caller, register.owner().apply(record))) {
            throw denied(caller, "write a record of " + describe(register.owner().apply(record)));
        }
    }

    private static boolean owns(Caller caller, Owner owner) {
        return (caller.member() != null && Objects.equals(caller.member(), owner.member()))
                || (caller.partner() != null && Objects.equals(caller.partner(), owner.partner()));
    }

    private static String describe(Owner owner) {
        if (owner.member() != null) {
            return "member '" + owner.member() + "'";
        }
        return owner.partner() != null ? "partner '" + owner.partner() + "'" : "the secretariat";
    }

    private static AccessDeniedException denied(Caller caller, String what) {
        String who = caller.member() != null ? "the member editor of '" + caller.member() + "'"
                : caller.partner() != null ? "partner '" + caller.partner() + "'" : caller.role().externalName();
        return new AccessDeniedException("As " + who + " you may not " + what);
    }
}
