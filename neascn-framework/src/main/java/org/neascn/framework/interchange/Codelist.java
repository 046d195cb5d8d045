package org.neascn.framework.interchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The codes of one codelist of an official standard (IATI ActivityStatus, OC4IDS
 * projectStatus), read from the codelist files shipped with this library. An export uses a
 * code only when its codelist holds it.
 */
public record Codelist(String name, Set<String> codes) {

    private static final String IATI_FOLDER = "/org/neascn/framework/interchange/iati/codelists/";
    private static final String OC4IDS_FOLDER = "/org/neascn/framework/interchange/oc4ids/codelists/";

    public Codelist {
        codes = Collections.unmodifiableSet(new LinkedHashSet<>(codes));
    }

    public boolean contains(String code) {
        return codes.contains(code);
    }

    /** The code, if the codelist holds it; otherwise an error naming the field and the list. */
    public String require(String code, String field) {
        if (!contains(code)) {
            throw new org.neascn.model.shared.InvalidValueException(field,
                    "'" + code + "' is not a code of the " + name + " codelist");
        }
        return code;
    }

    /** An IATI 2.03 codelist by its file name without extension ({@code ActivityStatus}). */
    public static Codelist iati(String name) {
        try (InputStream in = open(IATI_FOLDER + name + ".xml")) {
            XMLStreamReader xml = SecureXml.xmlInputFactory().createXMLStreamReader(in);
            Set<String> codes = new LinkedHashSet<>();
            int depthInItem = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String local = xml.getLocalName();
                    if ("codelist-item".equals(local)) {
                        depthInItem = 1;
                    } else if (depthInItem > 0) {
                        depthInItem++;
                        // Only the item's own <code>, not codes nested deeper.
                        if ("code".equals(local) && depthInItem == 2) {
                            codes.add(xml.getElementText().strip());
                            depthInItem--;
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && depthInItem > 0) {
                    depthInItem--;
                }
            }
            return new Codelist("IATI " + name, codes);
        } catch (IOException e) {
            throw new UncheckedIOException("IATI codelist " + name + " cannot be read", e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("IATI codelist " + name + " is not well-formed XML", e);
        }
    }

    /** An OC4IDS codelist by its file name without extension ({@code projectStatus}). */
    public static Codelist oc4ids(String name) {
        try (InputStream in = open(OC4IDS_FOLDER + name + ".csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Set<String> codes = new LinkedHashSet<>();
            List<List<String>> rows = Csv.read(reader, Integer.MAX_VALUE, Integer.MAX_VALUE);
            for (List<String> row : rows.subList(1, rows.size())) {
                if (!row.isEmpty() && !row.get(0).isBlank()) {
                    codes.add(row.get(0).strip());
                }
            }
            return new Codelist("OC4IDS " + name, codes);
        } catch (IOException e) {
            throw new UncheckedIOException("OC4IDS codelist " + name + " cannot be read", e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = Codelist.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("resource " + resource + " is missing from the library");
        }
        return in;
    }
}
