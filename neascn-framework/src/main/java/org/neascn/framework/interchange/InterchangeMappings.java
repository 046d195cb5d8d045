package org.neascn.framework.interchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.neascn.model.initiative.InitiativeStatus;
import org.neascn.model.partner.OrganisationType;
import org.neascn.model.project.Instrument;
import org.neascn.model.project.OrganisationRole;
import org.neascn.model.project.ProjectType;
import org.neascn.model.project.Stage;

/**
 * How the network's own vocabularies (the stage ladder, initiative statuses, instruments,
 * organisation types and roles, DAC sectors) map onto the codelists of IATI 2.03 and
 * OC4IDS 0.9. The mapping is data ({@code mappings.json}); loading it checks that every
 * vocabulary entry is mapped and that every code is in its official codelist.
 */
public final class InterchangeMappings {

    private static final String RESOURCE = "/org/neascn/framework/interchange/mappings.json";
    private static volatile InterchangeMappings standard;

    private final Map<Stage, String> iatiStatusByStage = new EnumMap<>(Stage.class);
    private final Map<Stage, String> oc4idsStatusByStage = new EnumMap<>(Stage.class);
    private final Map<ProjectType, String> oc4idsTypeByType = new EnumMap<>(ProjectType.class);
    private final Map<InitiativeStatus, String> iatiStatusByInitiativeStatus = new EnumMap<>(InitiativeStatus.class);
    private final Map<Instrument, String> arrangementByInstrument = new EnumMap<>(Instrument.class);
    private final Map<OrganisationType, String> financingPartyByType = new EnumMap<>(OrganisationType.class);
    private final Map<OrganisationRole, String> partyRoleByRole = new EnumMap<>(OrganisationRole.class);
    private final Map<String, String> sectorByDacCategory = new HashMap<>();
    private final Map<String, String> sectorByDacCode = new HashMap<>();

    private InterchangeMappings(JsonNode root) {
        Codelist activityStatus = Codelist.iati("ActivityStatus");
        Codelist projectStatus = Codelist.oc4ids("projectStatus");
        Codelist arrangement = Codelist.oc4ids("financingArrangementType");
        Codelist partyType = Codelist.oc4ids("financingPartyType");
        Codelist partyRole = Codelist.oc4ids("partyRole");
        Codelist sector = Codelist.oc4ids("projectSector");
        for (Stage stage : Stage.values()) {
            JsonNode entry = required(root.path("stages"), stage.name(), "stages");
            iatiStatusByStage.put(stage, activityStatus.require(text(entry, "iatiActivityStatus"), "stages." + stage));
            oc4idsStatusByStage.put(stage, projectStatus.require(text(entry, "oc4idsProjectStatus"), "stages." + stage));
        }
        Codelist projectType = Codelist.oc4ids("projectType");
        for (ProjectType type : ProjectType.values()) {
            oc4idsTypeByType.put(type, projectType.require(
                    required(root.path("projectTypes"), type.name(), "projectTypes").asText(), "projectTypes." + type));
        }
        for (InitiativeStatus status : InitiativeStatus.values()) {
            iatiStatusByInitiativeStatus.put(status, activityStatus.require(
                    required(root.path("initiativeStatuses"), status.name(), "initiativeStatuses").asText(),
                    "initiativeStatuses." + status));
        }
        for (Instrument instrument : Instrument.values()) {
            arrangementByInstrument.put(instrument, arrangement.require(
                    required(root.path("instruments"), instrument.name(), "instruments").asText(), "instruments." + instrument));
        }
        for (OrganisationType type : OrganisationType.values()) {
            financingPartyByType.put(type, partyType.require(
                    required(root.path("financingPartyTypes"), type.name(), "financingPartyTypes").asText(),
                    "financingPartyTypes." + type));
        }
        for (OrganisationRole role : OrganisationRole.values()) {
            partyRoleByRole.put(role, partyRole.require(
                    required(root.path("organisationRolesToPartyRoles"), role.name(), "organisationRolesToPartyRoles").asText(),
                    "organisationRolesToPartyRoles." + role));
        }
        root.path("dacCategoriesToProjectSectors").fields().forEachRemaining(e -> {
            if (!e.getKey().startsWith("_")) {
                sectorByDacCategory.put(e.getKey(), sector.require(e.getValue().asText(), "dacCategoriesToProjectSectors." + e.getKey()));
            }
        });
        root.path("dacCodesToProjectSectors").fields().forEachRemaining(e -> {
            if (!e.getKey().startsWith("_")) {
                sectorByDacCode.put(e.getKey(), sector.require(e.getValue().asText(), "dacCodesToProjectSectors." + e.getKey()));
            }
        });
    }

    /** The mapping shipped with the library, loaded and checked once. */
    public static InterchangeMappings standard() {
        InterchangeMappings loaded = standard;
        if (loaded == null) {
            synchronized (InterchangeMappings.class) {
                if (standard == null) {
                    try (InputStream in = InterchangeMappings.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IOException(RESOURCE + " is missing from the library");
                        }
                        standard = new InterchangeMappings(new ObjectMapper().readTree(in));
                    } catch (IOException e) {
                        throw new UncheckedIOException("interchange mappings cannot be read", e);
                    }
                }
                loaded = standard;
            }
        }
        return loaded;
    }

    /** The IATI ActivityStatus code of a project at this stage. */
    public String iatiActivityStatus(Stage stage) {
        return iatiStatusByStage.get(stage);
    }

    /** The IATI ActivityStatus code of an initiative in this state. */
    public String iatiActivityStatus(InitiativeStatus status) {
        return iatiStatusByInitiativeStatus.get(status);
    }

    /** The OC4IDS projectType code of what a project does to its asset. */
    public String oc4idsProjectType(ProjectType type) {
        return oc4idsTypeByType.get(type);
    }

    /** The OC4IDS projectStatus code of a project at this stage. */
    public String oc4idsProjectStatus(Stage stage) {
        return oc4idsStatusByStage.get(stage);
    }

    public String financingArrangementType(Instrument instrument) {
        return arrangementByInstrument.get(instrument);
    }

    public String financingPartyType(OrganisationType type) {
        return financingPartyByType.get(type);
    }

    public String partyRole(OrganisationRole role) {
        return partyRoleByRole.get(role);
    }

    /** The OC4IDS projectSector for a DAC purpose code: the code's own entry, else its category's. */
    public Optional<String> projectSector(String dacCode) {
        if (dacCode == null) {
            return Optional.empty();
        }
        String exact = sectorByDacCode.get(dacCode);
        return Optional.ofNullable(exact != null ? exact : sectorByDacCategory.get(dacCode.substring(0, 3)));
    }

    private static JsonNode required(JsonNode parent, String key, String section) {
        JsonNode node = parent.get(key);
        if (node == null) {
            throw new IllegalStateException("interchange mappings: " + section + " has no entry for " + key);
        }
        return node;
    }

    private static String text(JsonNode node, String key) {
        return required(node, key, "entry").asText();
    }
}
