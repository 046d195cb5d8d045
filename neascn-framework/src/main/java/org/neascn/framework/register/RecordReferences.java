package org.neascn.framework.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.neascn.framework.input.InputError;
import org.neascn.framework.overlap.Codebook;
import org.neascn.framework.pipeline.ChallengeTaxonomy;
import org.neascn.model.initiative.Initiative;
import org.neascn.model.initiative.Theme;
import org.neascn.model.member.MemberId;
import org.neascn.model.partner.PartnerId;
import org.neascn.model.person.Person;
import org.neascn.model.project.Participant;
import org.neascn.model.project.Project;
import org.neascn.model.scap.Scap;
import org.neascn.model.scap.StrategicTarget;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.shared.OrganisationRef;
import org.neascn.model.taxonomy.FocusAreaCode;
import org.neascn.model.taxonomy.IndicatorCode;
import org.neascn.model.taxonomy.SdgTargetCode;

/**
 * The references and codes of a record, checked against its network: every error at its full
 * path. Codes are the network's vocabularies (focus areas of its taxonomy, the 169 SDG targets,
 * the indicator catalogue, the financing-challenge categories); references are the members,
 * partners and plans of its registers, and a project's plan must be its own member's.
 *
 * <p>A code outside its vocabulary is a typo or a record filed under another network; accepted
 * once, it would break every analysis that compares records by their codes.
 */
public final class RecordReferences {

    private final Codebook codebook;
    private final ChallengeTaxonomy challenges;

    public RecordReferences(Codebook codebook, ChallengeTaxonomy challenges) {
        this.codebook = codebook;
        this.challenges = challenges;
    }

    /** What the record names that the network does not define or hold; empty when all is known. */
    public List<InputError> check(Object record, Directory directory) {
        List<InputError> errors = new ArrayList<>(codes(record));
        if (record instanceof Scap plan) {
            member(plan.member(), "member", directory, errors);
        } else if (record instanceof Project project) {
            project(project, directory, errors);
        } else if (record instanceof Person person) {
            organisation(person.organisation(), "organisation", directory, errors);
        } else if (record instanceof Initiative initiative) {
            member(initiative.lead(), "lead", directory, errors);
            int i = 0;
            for (MemberId member : initiative.members()) {
                member(member, "members[" + i++ + "]", directory, errors);
            }
            for (int p = 0; p < initiative.partners().size(); p++) {
                partner(initiative.partners().get(p).partner(), "partners[" + p + "].partner", directory, errors);
            }
            for (int t = 0; t < initiative.targets().size(); t++) {
                if (directory.planOf(initiative.targets().get(t).plan()).isEmpty()) {
                    errors.add(InputError.of("targets[" + t + "].plan", "names plan '" + initiative.targets().get(t).plan()
                            + "', which the network does not have"));
                }
            }
        }
        return errors;
    }

    /** The codes alone, which need no register: what an analysis asks of a stored record. */
    public List<InputError> codes(Object record) {
        List<InputError> errors = new ArrayList<>();
        if (record instanceof Scap plan) {
            focusAreas(plan.focusAreas(), "focusAreas", errors);
            for (int t = 0; t < plan.targets().size(); t++) {
                StrategicTarget target = plan.targets().get(t);
                String at = "targets[" + t + "]";
                focusAreas(target.focusAreas(), at + ".focusAreas", errors);
                sdgTargets(target.sdgTargets(), at + ".sdgTargets", errors);
                for (int i = 0; i < target.indicators().size(); i++) {
                    IndicatorCode code = target.indicators().get(i).catalogueCode();
                    if (code != null && !codebook.definesIndicator(code)) {
                        errors.add(InputError.of(at + ".indicators[" + i + "].catalogueCode",
                                "'" + code + "' is not an indicator of the catalogue (GET /api/v1/reference/indicators)"));
                    }
                }
            }
        } else if (record instanceof Project project) {
            focusAreas(project.focusAreas(), "focusAreas", errors);
            sdgTargets(project.sdgTargets(), "sdgTargets", errors);
            for (int c = 0; c < project.challenges().size(); c++) {
                String category = project.challenges().get(c).category();
                if (category != null && challenges.category(category).isEmpty()) {
                    errors.add(InputError.of("challenges[" + c + "].category", "'" + category
                            + "' is not a category of the financing challenges " + challenges.categories().stream()
                                    .map(k -> k.code()).toList()));
                }
            }
        } else if (record instanceof Initiative initiative) {
            theme(initiative.theme(), errors);
        }
        return errors;
    }

    private void theme(Theme theme, List<InputError> errors) {
        try {
            if (theme.kind() == Theme.Kind.FOCUS_AREA && theme.code() != null) {
                focusAreas(Set.of(new FocusAreaCode(theme.code())), "theme.code", errors);
            } else if (theme.kind() == Theme.Kind.SDG_TARGET && theme.code() != null) {
                sdgTargets(Set.of(new SdgTargetCode(theme.code())), "theme.code", errors);
            }
        } catch (InvalidValueException e) {
            errors.add(InputError.of("theme.code", e.rule()));
        }
    }

    private void project(Project project, Directory directory, List<InputError> errors) {
        member(project.member(), "member", directory, errors);
        if (project.plan() != null) {
            directory.planOf(project.plan()).ifPresentOrElse(owner -> {
                if (!owner.equals(project.member())) {
                    errors.add(InputError.of("plan", "is the plan of member '" + owner + "', not of '" + project.member()
                            + "'; a project belongs to a plan of its own member"));
                }
            }, () -> errors.add(InputError.of("plan", "names plan '" + project.plan() + "', which the network does not have")));
        }
        for (int f = 0; f < project.funding().size(); f++) {
            partner(project.funding().get(f).funder(), "funding[" + f + "].funder", directory, errors);
        }
        for (int p = 0; p < project.participants().size(); p++) {
            Participant participant = project.participants().get(p);
            organisation(participant.organisation(), "participants[" + p + "].organisation", directory, errors);
        }
    }

    private void organisation(OrganisationRef organisation, String path, Directory directory, List<InputError> errors) {
        if (organisation == null || organisation.id() == null) {
            return;
        }
        if (organisation.kind() == OrganisationRef.Kind.MEMBER) {
            member(new MemberId(organisation.id()), path + ".id", directory, errors);
        } else {
            partner(new PartnerId(organisation.id()), path + ".id", directory, errors);
        }
    }

    private static void member(MemberId member, String path, Directory directory, List<InputError> errors) {
        if (member != null && !directory.hasMember(member)) {
            errors.add(InputError.of(path, "names member '" + member + "', which the network does not have"));
        }
    }

    private static void partner(PartnerId partner, String path, Directory directory, List<InputError> errors) {
        if (partner != null && !directory.hasPartner(partner)) {
            errors.add(InputError.of(path, "names partner '" + partner + "', which the network does not have"));
        }
    }

    private void focusAreas(Set<FocusAreaCode> codes, String path, List<InputError> errors) {
        int i = 0;
        for (FocusAreaCode code : codes) {
            if (!codebook.taxonomy().defines(code)) {
                errors.add(InputError.of(path + "[" + i + "]", "'" + code + "' is not a focus area of the network's taxonomy "
                        + codebook.taxonomy().focusAreas().stream().map(f -> f.code().value()).toList()));
            }
            i++;
        }
    }

    private void sdgTargets(Set<SdgTargetCode> codes, String path, List<InputError> errors) {
        int i = 0;
        for (SdgTargetCode code : codes) {
            if (!codebook.definesSdgTarget(code)) {
                errors.add(InputError.of(path + "[" + i + "]", "'" + code + "' is not one of the 169 SDG targets"));
            }
            i++;
        }
    }
}
