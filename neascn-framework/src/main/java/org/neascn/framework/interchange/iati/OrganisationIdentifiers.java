package org.neascn.framework.interchange.iati;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.neascn.model.partner.PartnerId;

/**
 * The IATI organisation identifiers of partners, kept as data ({@code organisation-identifiers.json})
 * beside the partners and financiers, each with its source, so that an export can say which
 * organisation it means in a way IATI tools can join on. An identifier is written only where one is
 * known: a guessed identifier would join the activity to the wrong organisation.
 */
final class OrganisationIdentifiers {

    private static final String RESOURCE = "/org/neascn/framework/interchange/iati/organisation-identifiers.json";
    private static final OrganisationIdentifiers STANDARD = load();

    private final Map<String, String> refs;

    private OrganisationIdentifiers(Map<String, String> refs) {
        this.refs = Map.copyOf(refs);
    }

    static OrganisationIdentifiers standard() {
        return STANDARD;
    }

    Optional<String> of(PartnerId partner) {
        return partner == null ? Optional.empty() : Optional.ofNullable(refs.get(partner.value()));
    }

    /** The identifier of an organisation as the directory names it ({@code partner-adb}); members have none. */
    Optional<String> ofDirectoryId(String id) {
        return id.startsWith("partner-") ? Optional.ofNullable(refs.get(id.substring("partner-".length()))) : Optional.empty();
    }

    private static OrganisationIdentifiers load() {
        try (InputStream in = OrganisationIdentifiers.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the library");
            }
            Map<String, String> refs = new HashMap<>();
            for (JsonNode org : new ObjectMapper().readTree(in).path("organisations")) {
                String ref = org.path("ref").asText();
                if (!ref.matches("[A-Za-z0-9][A-Za-z0-9._-]*") || org.path("source").asText().isBlank()) {
                    throw new IllegalStateException(RESOURCE + ": " + org + " needs a well-formed ref and its source");
                }
                refs.put(org.path("partner").asText(), ref);
            }
            return new OrganisationIdentifiers(refs);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " is unreadable", e);
        }
    }
}
