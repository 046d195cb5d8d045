package org.neascn.server.register;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;
import java.util.List;
import org.neascn.framework.workflow.Actor;
import org.neascn.server.security.AccessDeniedException;
import org.neascn.server.security.AuthenticationRequiredException;

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
 *   <li>Meetings and framework versions are the secretariat's alone, and so are backups of the
 *       database, which hold every network's records.</li>
 *   <li>The public writes nothing and reads what is public: no plan before publication, no
 *       e-mail address.</li>
 * </ul>
 * A change is checked against the record both before and after it, so no one can move a
 * record out of, or into, another organisation's hands; and field by field ({@link
 * FieldRights}): an owner never writes what the network decides about its record (a member's
 * country, membership status and network; sanctions exemptions). Callers are the library's
 * {@link Actor}, the vocabulary the workflows decide by.
 */
@ApplicationScoped
public class AccessPolicy {

    public ReadScope readScope(Actor caller) {
        return new ReadScope(caller.isSecretariat(), caller.member() == null ? null : caller.member().value(),
                caller.partner() == null ? null : caller.partner().value());
    }

    public <T> boolean canRead(Actor caller, Register<T, ?> register, T record) {
        return caller.isSecretariat() || register.isPublic().test(record) || owns(caller, register.owner().apply(record));
    }

    /** The record as this caller may see it. */
    public <T> T view(Actor caller, Register<T, ?> register, T record) {
        return caller.role() == Actor.Role.PUBLIC ? register.publicView().apply(record) : record;
    }

    public <T> void checkCreate(Actor caller, Register<T, ?> register, T created) {
        if (decidedBySecretariat(caller)) {
            return;
        }
        if (!ownersCreateAndDelete(register.aggregate())) {
            throw denied(caller, "create " + register.collection());
        }
        requireOwner(caller, register, created);
        List<String> filled = FieldRights.filled(register.aggregate(), created);
        if (!filled.isEmpty()) {
            throw denied(caller, "record " + String.join(", ", filled) + " (the secretariat records them by command)");
        }
    }

    public <T> void checkUpdate(Actor caller, Register<T, ?> register, T before, T after) {
        if (decidedBySecretariat(caller)) {
            return;
        }
        if (!ownersUpdate(register.aggregate())) {
            throw denied(caller, "change " + register.collection());
        }
        requireOwner(caller, register, before);
        requireOwner(caller, register, after);
        List<String> changed = FieldRights.changed(register.aggregate(), before, after);
        if (!changed.isEmpty()) {
            throw denied(caller, "change " + String.join(", ", changed) + " (the secretariat's to write)");
        }
    }

    public <T> void checkDelete(Actor caller, Register<T, ?> register, T before) {
        if (decidedBySecretariat(caller)) {
            return;
        }
        if (!ownersCreateAndDelete(register.aggregate())) {
            throw denied(caller, "delete " + register.collection());
        }
        requireOwner(caller, register, before);
    }

    /** Backups copy everything, e-mail addresses and drafts included: the secretariat's alone. */
    public void checkBackup(Actor caller) {
        if (!decidedBySecretariat(caller)) {
            throw denied(caller, "back up the database");
        }
    }

    private static boolean decidedBySecretariat(Actor caller) {
        if (caller.role() == Actor.Role.PUBLIC) {
            throw new AuthenticationRequiredException("Sign in to change the network's records");
        }
        return caller.isSecretariat();
    }

    private static boolean ownersUpdate(Aggregate aggregate) {
        return aggregate != Aggregate.MEETING && aggregate != Aggregate.FRAMEWORK_VERSION && aggregate != Aggregate.FINANCIER;
    }

    private static boolean ownersCreateAndDelete(Aggregate aggregate) {
        return ownersUpdate(aggregate) && aggregate != Aggregate.MEMBER && aggregate != Aggregate.PARTNER;
    }

    private static <T> void requireOwner(Actor caller, Register<T, ?> register, T record) {
        if (!owns(caller, register.owner().apply(record))) {
            throw denied(caller, "write a record of " + describe(register.owner().apply(record)));
        }
    }

    private static boolean owns(Actor caller, Owner owner) {
        return (caller.member() != null && Objects.equals(caller.member().value(), owner.member()))
                || (caller.partner() != null && Objects.equals(caller.partner().value(), owner.partner()));
    }

    private static String describe(Owner owner) {
        if (owner.member() != null) {
            return "member '" + owner.member() + "'";
        }
        return owner.partner() != null ? "partner '" + owner.partner() + "'" : "the secretariat";
    }

    private static AccessDeniedException denied(Actor caller, String what) {
        String who = caller.member() != null ? "the member editor of '" + caller.member() + "'"
                : caller.partner() != null ? "partner '" + caller.partner() + "'" : "the " + caller.role().name().toLowerCase(java.util.Locale.ROOT);
        return new AccessDeniedException("As " + who + " you may not " + what);
    }
}
