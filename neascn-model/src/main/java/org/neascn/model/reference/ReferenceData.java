package org.neascn.model.reference;

import jakarta.json.bind.Jsonb;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neascn.model.financing.CountryList;
import org.neascn.model.financing.FinancierProfile;
import org.neascn.model.meeting.Meeting;
import org.neascn.model.member.Member;
import org.neascn.model.network.Network;
import org.neascn.model.partner.Partner;
import org.neascn.model.person.Person;
import org.neascn.model.sanctions.SanctionsRegime;
import org.neascn.model.taxonomy.IndicatorDefinition;
import org.neascn.model.taxonomy.SdgGoal;
import org.neascn.model.taxonomy.Taxonomy;

/**
 * Loads reference data: the set this library ships (the NEASCN network and public standards)
 * or a network's own set of the same files in a directory. Every record is validated as it
 * is read, then the set is checked as a whole (every reference resolves).
 *
 * <pre>{@code
 * ReferenceDataSet data = ReferenceData.standard();
 * Partner adb = data.partnerNamed("ADB").orElseThrow();
 * }</pre>
 */
public final class ReferenceData {

    private static final String RESOURCE_FOLDER = "/org/neascn/model/reference/";

    private static volatile ReferenceDataSet standard;

    private ReferenceData() {
    }

    /** The reference data shipped with the library, loaded once. */
    public static ReferenceDataSet standard() {
        ReferenceDataSet loaded = standard;
        if (loaded == null) {
            synchronized (ReferenceData.class) {
                if (standard == null) {
                    standard = load(new ReferenceFileReader.Source() {
                        @Override
                        public InputStream open(String fileName) {
                            return ReferenceData.class.getResourceAsStream(RESOURCE_FOLDER + fileName);
                        }

                        @Override
                        public String describe(String fileName) {
                            return "reference data file " + fileName;
                        }
                    });
                }
                loaded = standard;
            }
        }
        return loaded;
    }

    /** A network's own reference data: the same file names, in one directory. */
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
        });
    }

    private static ReferenceDataSet load(ReferenceFileReader.Source source) {
        try (Jsonb jsonb = NeascnJson.create()) {
            ReferenceFileReader reader = new ReferenceFileReader(source, jsonb);
            ReferenceDataSet set = new ReferenceDataSet(
                    reader.read("countries.json", Country.class),
                    reader.read("taxonomies.json", Taxonomy.class),
                    reader.read("sdgs.json", SdgGoal.class),
                    reader.read("indicators.json", IndicatorDefinition.class),
                    reader.read("country-lists.json", CountryList.class),
                    reader.read("sanctions-regimes.json", SanctionsRegime.class),
                    reader.read("financiers.json", FinancierProfile.class),
                    reader.read("networks.json", Network.class),
                    reader.read("partners.json", Partner.class),
                    reader.read("members.json", Member.class),
                    reader.read("persons.json", Person.class),
                    reader.read("meetings.json", Meeting.class));
            new ReferenceIntegrity(set).check();
            return set;
        } catch (ReferenceDataException e) {
            throw e;
        } catch (Exception e) {
            throw new ReferenceDataException("reference data could not be loaded: " + e.getMessage(), e);
        }
    }
}
