package org.neascn.server.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.neascn.model.project.Project;
import org.neascn.framework.workflow.Actor;
import org.neascn.server.store.StoredRecord;

/**
 * A project of a plan that is not public yet (a draft, one under review) belongs to that
 * draft: it is read by those who may read the draft (its member's editors and the
 * secretariat) and by nobody else, in lists, single reads, analyses and exports alike. A
 * project without a plan, or of a published plan, is public.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DraftPlanProjects {

    @PersistenceContext(unitName = "neascn")
    EntityManager em;

    /** Which records of the register the caller may read beyond the register's own rule. */
    public <T> Predicate<T> readable(Actor caller, Register<T, ?> register, String network) {
        if (register.aggregate() != Aggregate.PROJECT || caller.isSecretariat()) {
            return record -> true;
        }
        Set<String> unpublished = unpublishedPlans(network);
        return record -> {
            Project project = (Project) record;
            return project.plan() == null || !unpublished.contains(project.plan().value())
                    || caller.editsFor(project.member());
        };
    }

    /**
     * Whether the caller may read this one record beyond the register's own rule: for a project,
     * one look at its plan by key rather than at every plan of the network not yet public (a
     * scan of the plans, which every project write paid for its audit entry).
     */
    public <T> boolean readable(Actor caller, Register<T, ?> register, String network, T record) {
        if (register.aggregate() != Aggregate.PROJECT || caller.isSecretariat()) {
            return true;
        }
        Project project = (Project) record;
        return project.plan() == null || caller.editsFor(project.member())
                || em.createQuery("SELECT COUNT(e.recordId) FROM " + Registers.PLANS.entityName()
                        + " e WHERE e.recordKey = :key AND e.publicRecord = 0", Long.class)
                .setParameter("key", StoredRecord.key(network, project.plan().value())).getSingleResult() == 0;
    }

    private Set<String> unpublishedPlans(String network) {
        return new HashSet<>(em.createQuery("SELECT e.recordId FROM " + Registers.PLANS.entityName()
                + " e WHERE e.network = :network AND e.publicRecord = 0", String.class)
                .setParameter("network", network).getResultList());
    }
}
