package kr.go.msit.sovereignai.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void fieldsWithSeparatorsQuotesOrLineBreaksAreQuoted() {
        assertEquals(
                "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n",
                Csv.row("plain", "a,b", "say \"hi\"", "two\nlines", null));
    }

    @Test
    void numbersStayNumbersButFormulaeBecomeText() {
        assertEquals("-3.50", Csv.field(new BigDecimal("-3.50")));
        assertEquals(
                "'=HYPERLINK(\"x\")",
                Csv.field("=HYPERLINK(\"x\")").replace("\"\"", "\"").replaceAll("^\"|\"$", ""));
        assertEquals("'+1+1", Csv.field("+1+1"));
        assertEquals("'@SUM(A1)", Csv.field("@SUM(A1)"));
        assertEquals("'  =1+1", Csv.field("  =1+1"), "spaces before the sign do not hide it");
        assertEquals("'\tx", Csv.field("\tx"));
        assertEquals("네이버클라우드", Csv.field("네이버클라우드"));
    }
}
