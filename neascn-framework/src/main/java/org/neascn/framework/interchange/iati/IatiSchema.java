package org.neascn.framework.interchange.iati;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Source;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.neascn.framework.interchange.SchemaViolationException;
import org.neascn.framework.interchange.SecureXml;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * The official IATI Activity Standard 2.03 XML Schema, shipped with this library. Only the
 * schema's own parts ({@code iati-common.xsd}, the W3C {@code xml.xsd}) are ever resolved, from
 * the library itself; documents are parsed with DTDs refused, so XML with external entities
 * fails validation instead of reaching outside.
 */
public final class IatiSchema {

    private static final String FOLDER = "/org/neascn/framework/interchange/iati/";
    private static final String MAIN = "iati-activities-schema.xsd";
    private static final Set<String> PARTS = Set.of("iati-common.xsd", "xml.xsd");
    /** Enough to fix a document; more would only repeat the same defect. */
    private static final int MAX_REPORTED = 50;

    private static volatile Schema schema;

    private IatiSchema() {
    }

    /** Checks an {@code iati-activities} document; throws with every violation found. */
    public static void validate(InputStream document, String what) {
        try {
            XMLReader reader = SecureXml.saxParserFactory().newSAXParser().getXMLReader();
            validate(new SAXSource(reader, new InputSource(document)), what);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("no secure XML parser is available", e);
        }
    }

    static void validate(Source source, String what) {
        new Checker().check(source, what);
    }

    /**
     * A reusable validator for one thread: an export checks thousands of activities, and
     * setting up a validator costs more than checking one.
     */
    static final class Checker {
        private final Validator validator = schema().newValidator();
        private final List<String> problems = new ArrayList<>();

        Checker() {
            try {
                validator.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            } catch (SAXException e) {
                throw new IllegalStateException("the XML validator cannot be configured securely", e);
            }
            validator.setErrorHandler(new Collector(problems));
        }

        void check(Source source, String what) {
            problems.clear();
            try {
                validator.validate(source);
            } catch (SAXParseException e) {
                // Already collected: the document is not well-formed or broke the schema fatally.
                if (problems.isEmpty()) {
                    problems.add(describe(e));
                }
            } catch (SAXException e) {
                problems.add(e.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // No validator.reset(): in the JDK's Xerces it drops the secure-processing settings.
            if (!problems.isEmpty()) {
                throw new SchemaViolationException(what, new ArrayList<>(problems));
            }
        }
    }

    private static Schema schema() {
        Schema loaded = schema;
        if (loaded == null) {
            synchronized (IatiSchema.class) {
                if (schema == null) {
                    schema = load();
                }
                loaded = schema;
            }
        }
        return loaded;
    }

    private static Schema load() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setResourceResolver(new BundledParts());
            StreamSource main = new StreamSource(open(MAIN), MAIN);
            return factory.newSchema(main);
        } catch (SAXException e) {
            throw new IllegalStateException("the IATI 2.03 schema shipped with the library cannot be loaded", e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = IatiSchema.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new UncheckedIOException(new IOException(FOLDER + name + " is missing from the library"));
        }
        return in;
    }

    private static String describe(SAXParseException e) {
        return "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + e.getMessage();
    }

    /** Resolves the schema's includes and imports from the library, and nothing else. */
    private static final class BundledParts implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseUri) {
            String name = systemId == null ? "" : systemId.substring(systemId.lastIndexOf('/') + 1);
            if (!PARTS.contains(name)) {
                // Unresolved here means refused: ACCESS_EXTERNAL_SCHEMA forbids any fetch.
                return null;
            }
            return new BundledInput(name, open(name));
        }
    }

    private record BundledInput(String systemIdValue, InputStream stream) implements LSInput {
        @Override public Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(Reader characterStream) { }
        @Override public InputStream getByteStream() { return stream; }
        @Override public void setByteStream(InputStream byteStream) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String stringData) { }
        @Override public String getSystemId() { return systemIdValue; }
        @Override public void setSystemId(String systemId) { }
        @Override public String getPublicId() { return null; }
        @Override public void setPublicId(String publicId) { }
        @Override public String getBaseURI() { return null; }
        @Override public void setBaseURI(String baseURI) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String encoding) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean certifiedText) { }
    }

    private record Collector(List<String> problems) implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            // Warnings do not make a document invalid.
        }

        @Override
        public void error(SAXParseException e) {
            if (problems.size() < MAX_REPORTED) {
                problems.add(describe(e));
            }
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            error(e);
            throw e;
        }
    }
}
