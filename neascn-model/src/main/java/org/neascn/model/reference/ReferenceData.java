package org.neascn.model.reference;

import jakarta.json.bind.Jsonb;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.neascn.model.financing.CountryList;
import org.neascn.model.financing.FinancierProfile;
import org.neascn.model.meeting.Meeting;
import org.neascn.model.member.Member;
import org.neascn.model.network.Network;
import org.neascn.model.partner.Partner;
import org.neascn.model.person.Person;
import org.neascn.model.sanctions.SanctionsRegime;
import org.neascn.model.taxonomy.Concept;
import org.neascn.model.taxonomy.IndicatorDefinition;
import org.neascn.model.taxonomy.SdgGoal;
import org.neascn.model.taxonomy.Taxonomy;

/**
 * Loads reference data: the set this library ships (the NEASCN network and public standards),
 * the other networks it ships (the ASEAN Smart Cities Network), or a network's own set of the
 * same files in a directory. Every record is validated as it is read, then the set is checked
 * as a whole (every reference resolves).
 *
 * <p>A network's directory needs only {@code networks.json}. The shared vocabularies it does not
 * bring (countries, taxonomies, SDGs, indicators, country lists, sanctions regimes, financiers)
 * are the shipped ones; the network's own records it does not bring (partners, members,
 * persons, meetings) are none. Its own {@code concepts.json} replaces the shipped thesaurus; a
 * {@code concepts-extension.json} beside it adds concepts to the thesaurus in effect (a concept
 * of an identifier already there replaces it).
 *
 * <pre>{@code
 * ReferenceDataSet data = ReferenceData.standard();
 * Partner adb = data.partnerNamed("ADB").orElseThrow();
 * }</pre>
 */
public final class ReferenceData {

    private static final String RESOURCE_FOLDER = "/org/neascn/model/reference/";
    /** The folder, under the resource folder, of each further network the library ships. */
    private static final List<String> SHIPPED_NETWORK_FOLDERS = List.of("networks/ascn/");

    private static volatile ReferenceDataSet standard;
    private static volatile List<ReferenceDataSet> shipped;

    private ReferenceData() {
    }

    /** The reference data shipped with the library, loaded once: the NEASCN network and the shared standards. */
    public static ReferenceDataSet standard() {
        ReferenceDataSet loaded = standard;
        if (loaded == null) {
            synchronized (ReferenceData.class) {
                if (standard == null) {
                    standard = load(resources(RESOURCE_FOLDER), null);
                }
                loaded = standard;
            }
        }
        return loaded;
    }

    /**
     * Every network the library ships, each as its own data set (a network and the vocabularies
     * it uses), loaded once: NEASCN ({@link #standard()}) first, then the ASEAN Smart Cities Network.
     */
    public static List<ReferenceDataSet> shipped() {
        List<ReferenceDataSet> loaded = shipped;
        if (loaded == null) {
            synchronized (ReferenceData.class) {
                if (shipped == null) {
                    List<ReferenceDataSet> sets = new ArrayList<>(List.of(standard()));
                    SHIPPED_NETWORK_FOLDERS.forEach(folder -> sets.add(load(resources(RESOURCE_FOLDER + folder), standard())));
                    shipped = List.copyOf(sets);
                }
                loaded = shipped;
            }
        }
        return loaded;
    }

    /**
     * A network's own reference data: the same file names, in one directory. Files it lacks are
     * the shipped vocabularies, or no records (see the class comment).
     */
    public static ReferenceDataSet fromDirectory(Path directory) {
        return load(new ReferenceFileReader.Source() {
            @Override
            public InputStream open(String fileName) throws IOException {
                Path file = directory.resolve(fileName);
                return Files.exists(file) ? Files.newInputStream(file) : null;
            }

            @Override
            public String describe(String fileName) {
                return directory.resolve(fileName).toString();
            }
        }, standard());
    }

    private static ReferenceFileReader.Source resources(String folder) {
        return new ReferenceFileReader.Source() {
            @Override
            public InputStream open(String fileName) {
                return ReferenceData.class.getResourceAsStream(folder + fileName);
            }

            @Override
            public String describe(String fileName) {
                return "reference data file " + folder.substring(RESOURCE_FOLDER.length()) + fileName;
            }
        };
    }

    /** Loads a set; {@code inherited} supplies what the source lacks, or is null when every file is required. */
    private static ReferenceDataSet load(ReferenceFileReader.Source source, ReferenceDataSet inherited) {
        try (Jsonb jsonb = NeascnJson.create()) {
            ReferenceFileReader reader = new ReferenceFileReader(source, jsonb);
            boolean all = inherited == null;
            ReferenceDataSet set = new ReferenceDataSet(
                    reader.read("countries.json", Country.class, all ? null : inherited.countries()),
                    reader.read("taxonomies.json", Taxonomy.class, all ? null : inherited.taxonomies()),
                    reader.read("sdgs.json", SdgGoal.class, all ? null : inherited.sdgs()),
                    reader.read("indicators.json", IndicatorDefinition.class, all ? null : inherited.indicators()),
                    reader.read("country-lists.json", CountryList.class, all ? null : inherited.countryLists()),
                    reader.read("sanctions-regimes.json", SanctionsRegime.class, all ? null : inherited.sanctionsRegimes()),
                    reader.read("financiers.json", FinancierProfile.class, all ? null : inherited.financiers()),
                    reader.read("networks.json", Network.class, null),
                    reader.read("partners.json", Partner.class, all ? null : List.of()),
                    reader.read("members.json", Member.class, all ? null : List.of()),
                    reader.read("persons.json", Person.class, all ? null : List.of()),
                    reader.read("meetings.json", Meeting.class, all ? null : List.of()),
                    Thesaurus.extended(reader.read("concepts.json", Concept.class, all ? null : inherited.concepts()),
                            reader.read(Thesaurus.EXTENSION, Concept.class, List.of())));
            new ReferenceIntegrity(set, reader.absent()).check();
            return set;
        } catch (ReferenceDataException e) {
            throw e;
        } catch (Exception e) {
            throw new ReferenceDataException("reference data could not be loaded: " + e.getMessage(), e);
        }
    }
}
