package org.neascn.framework.interchange.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.neascn.framework.interchange.ImportRejectedException;
import org.neascn.framework.interchange.ImportRejectedException.Reason;
import org.neascn.framework.interchange.InputLimits;

/** Files built to hurt a server: each is refused clearly, in bounded memory and time. */
class HostileSpreadsheetTest {

    private static ImportRejectedException xlsx(InputStream in, InputLimits limits) {
        return assertThrows(ImportRejectedException.class,
                () -> ScapSpreadsheet.importXlsx(in, limits, TemplateFiles.context()));
    }

    @Test
    void twoHundredMegabyteUploadIsRefusedAtTheSizeLimit() {
        // 200 MB is never produced: the stream is endless and the limit stops it at 20 MB.
        ImportRejectedException e = xlsx(TemplateFiles.endless(new byte[] {'P', 'K', 3, 4}), InputLimits.standard());
        assertEquals(Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().contains("20 MB"), e.getMessage());
    }

    @Test
    void zipBombDisguisedAsXlsxIsRefusedBeforeUnpacking() throws Exception {
        byte[] bomb = TemplateFiles.withPart(TemplateFiles.PROJECTS_PART, out -> {
            out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 300; i++) {
                out.write(spaces);
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.US_ASCII));
        });
        assertTrue(bomb.length < 2_000_000, "the bomb is small: " + bomb.length);
        ImportRejectedException e = xlsx(new ByteArrayInputStream(bomb), InputLimits.standard());
        assertEquals(Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
    }

    @Test
    void sheetWithAnExternalEntityIsRefusedUnread() throws Exception {
        byte[] xxe = TemplateFiles.withPart(TemplateFiles.PROJECTS_PART, out -> out.write((
                "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&secret;</t></is></c></row></sheetData></worksheet>")
                .getBytes(StandardCharsets.UTF_8)));
        ImportRejectedException e = xlsx(new ByteArrayInputStream(xxe), InputLimits.standard());
        assertEquals(Reason.UNREADABLE, e.reason());
        assertTrue(e.getMessage().contains("document type declaration"), e.getMessage());
    }

    @Test
    void sheetWithMoreRowsThanTheLimitIsRefused() throws Exception {
        byte[] many = TemplateFiles.edited(wb -> {
            Sheet sheet = wb.getSheet("Translations");
            for (int r = 1; r <= 60; r++) {
                Row row = sheet.createRow(sheet.getLastRowNum() + 1);
                row.createCell(0).setCellValue("plan");
            }
        });
        ImportRejectedException e = xlsx(new ByteArrayInputStream(many), InputLimits.standard().withMaxRows(50));
        assertEquals(Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().contains("Translations"), e.getMessage());
    }

    @Test
    void textFileNamedXlsxIsUnreadable() {
        ImportRejectedException e = xlsx(new ByteArrayInputStream("Plan ID,seoul".getBytes(StandardCharsets.UTF_8)),
                InputLimits.standard());
        assertEquals(Reason.UNREADABLE, e.reason());
    }

    @Test
    void truncatedWorkbookIsUnreadable() {
        byte[] whole = TemplateFiles.xlsx();
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        assertEquals(Reason.UNREADABLE, xlsx(new ByteArrayInputStream(half), InputLimits.standard()).reason());
    }

    @Test
    void csvInLatin1IsRefusedNamingTheEncoding() {
        byte[] latin1 = "Sheet,Field,Value\r\nPlan,Vision,Caf\u00e9 city\r\n".getBytes(StandardCharsets.ISO_8859_1);
        ImportRejectedException e = assertThrows(ImportRejectedException.class,
                () -> ScapSpreadsheet.importCsv(new ByteArrayInputStream(latin1), InputLimits.standard(), TemplateFiles.context()));
        assertEquals(Reason.UNREADABLE, e.reason());
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    }

    @Test
    void csvWithAnUnclosedQuoteIsUnreadable() {
        byte[] bad = "Sheet,Field,Value\r\nPlan,Vision,\"never closed\r\n".getBytes(StandardCharsets.UTF_8);
        ImportRejectedException e = assertThrows(ImportRejectedException.class,
                () -> ScapSpreadsheet.importCsv(new ByteArrayInputStream(bad), InputLimits.standard(), TemplateFiles.context()));
        assertEquals(Reason.UNREADABLE, e.reason());
    }

    @Test
    void endlessCsvIsRefusedAtTheSizeLimit() {
        ImportRejectedException e = assertThrows(ImportRejectedException.class, () -> ScapSpreadsheet.importCsv(
                TemplateFiles.endless(new byte[0]), InputLimits.standard().withMaxBytes(2 * 1024 * 1024), TemplateFiles.context()));
        assertEquals(Reason.TOO_LARGE, e.reason());
    }
}
