package org.neascn.framework.register;

import java.util.Optional;
import org.neascn.model.member.MemberId;
import org.neascn.model.partner.PartnerId;
import org.neascn.model.scap.ScapId;

/** The records of one network that other records may name; a server answers from its store. */
public interface Directory {

    boolean hasMember(MemberId member);

    boolean hasPartner(PartnerId partner);

    /** The member whose plan this is, or empty when the network has no such plan. */
    Optional<MemberId> planOf(ScapId plan);
}
