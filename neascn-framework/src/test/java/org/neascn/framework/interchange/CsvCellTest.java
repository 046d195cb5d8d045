package org.neascn.framework.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvCellTest {

    @Test
    void neutralisesEveryFormulaStart() {
        assertEquals("\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"click\"\")\"", Csv.cell("=HYPERLINK(\"https://evil.example\",\"click\")"));
        assertEquals("'+cmd", Csv.cell("+cmd"));
        assertEquals("'-2+3", Csv.cell("-2+3"));
        assertEquals("'@SUM(A1)", Csv.cell("@SUM(A1)"));
        assertEquals("'\tx", Csv.cell("\tx"));
    }

    @Test
    void keepsPlainNumbersAndOrdinaryTexts() {
        assertEquals("-12.5", Csv.cell("-12.5"));
        assertEquals("42", Csv.cell("42"));
        assertEquals("서울특별시", Csv.cell("서울특별시"));
        assertEquals("", Csv.cell(null));
    }

    @Test
    void aNeutralisedCellReadsBackAsWritten() throws Exception {
        StringWriter out = new StringWriter();
        Csv.writeRow(out, List.of("=1+1", "-reduce by half", "plain"));
        List<String> row = Csv.read(new StringReader(out.toString()), 10, 100).get(0);
        assertEquals(List.of("=1+1", "-reduce by half", "plain"), row.stream().map(Csv::restored).toList());
    }
}
