package org.neascn.framework.interchange.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.neascn.framework.interchange.BoundedInputStream;
import org.neascn.framework.interchange.ImportRejectedException;
import org.neascn.framework.interchange.ImportRejectedException.Reason;
import org.neascn.framework.interchange.InputLimits;
import org.neascn.framework.interchange.SecureXml;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the template's sheets from an uploaded XLSX without loading the workbook: the upload
 * is copied (size-capped) to a temporary file, opened with POI's zip-bomb guards, and each
 * sheet is streamed through a SAX parser that refuses DTDs, formulas and oversized sheets.
 */
final class XlsxReader {

    static {
        // POI's guards are JVM-wide settings. An XLSX part compresses about 10:1; a part
        // that unpacks more than 100 times its compressed size is a zip bomb, not a plan.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxFileCount(1000);
    }

    private XlsxReader() {
    }

    static Map<String, Table> read(InputStream upload, InputLimits limits) {
        Path file = null;
        try {
            file = Files.createTempFile("neascn-scap-", ".xlsx");
            try (InputStream in = new BoundedInputStream(upload, limits); OutputStream out = Files.newOutputStream(file)) {
                in.transferTo(out);
            }
            requireZip(file);
            synchronized (XlsxReader.class) {
                // The entry-size cap is JVM-wide too; set per read so each import gets its own limit.
                ZipSecureFile.setMaxEntrySize(limits.maxUnpackedBytes());
            }
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                return sheets(pkg, limits);
            }
        } catch (ImportRejectedException e) {
            throw e;
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw unreadable("the file is not an XLSX workbook; download a fresh template and fill it in");
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            throw classify(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // A temporary file left behind is cleaned by the OS; the import's answer stands.
                }
            }
        }
    }

    private static Map<String, Table> sheets(OPCPackage pkg, InputLimits limits)
            throws IOException, OpenXML4JException, SAXException {
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
        XSSFReader reader = new XSSFReader(pkg);
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        Map<String, Table> tables = new LinkedHashMap<>();
        while (it.hasNext()) {
            try (InputStream sheet = it.next()) {
                String name = it.getSheetName();
                if (!Layout.SHEETS.contains(name)) {
                    continue;
                }
                SheetHandler handler = new SheetHandler(name, strings, limits);
                XMLReader xml;
                try {
                    xml = SecureXml.saxParserFactory().newSAXParser().getXMLReader();
                } catch (javax.xml.parsers.ParserConfigurationException e) {
                    throw new IllegalStateException("no secure XML parser is available", e);
                }
                xml.setContentHandler(handler);
                xml.parse(new InputSource(sheet));
                if (!handler.problems().isEmpty()) {
                    throw new ImportRejectedException(Reason.INVALID_CONTENT, handler.problems());
                }
                tables.put(name, handler.table());
            }
        }
        return tables;
    }

    private static void requireZip(Path file) throws IOException {
        byte[] magic = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(magic, 0, 4);
        }
        if (n < 4 || magic[0] != 'P' || magic[1] != 'K') {
            boolean oldExcel = n == 4 && (magic[0] & 0xFF) == 0xD0 && (magic[1] & 0xFF) == 0xCF;
            throw unreadable(oldExcel ? "the file is in the old .xls format; save it as .xlsx (Excel Workbook)"
                    : "the file is not an XLSX workbook; download a fresh template and fill it in");
        }
    }

    private static ImportRejectedException classify(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ImportRejectedException) {
                return (ImportRejectedException) t;
            }
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("max size") || m.contains("exceed")) {
                return ImportRejectedException.ofFile(Reason.TOO_LARGE,
                        "the workbook unpacks to far more data than a plan holds (a possible zip bomb); it was not read");
            }
            if (m.contains("DOCTYPE")) {
                return unreadable("the workbook contains a document type declaration, which a spreadsheet never needs; it was not read");
            }
        }
        return unreadable("the workbook is damaged and cannot be read; save it again from Excel or LibreOffice");
    }

    private static ImportRejectedException unreadable(String message) {
        return ImportRejectedException.ofFile(Reason.UNREADABLE, message);
    }

}
