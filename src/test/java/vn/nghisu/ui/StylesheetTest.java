package vn.nghisu.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/** The app's stylesheet parses cleanly: a lost brace (a bad merge once did it) silently drops every rule after it. */
class StylesheetTest {
    @Test
    void stylesheetHasNoParseErrors() throws Exception {
        URL css = StylesheetTest.class.getResource("/ui/nghisu.css");
        assertNotNull(css);
        CssParser.errorsProperty().clear();
        Stylesheet sheet = new CssParser().parse(css);
        List<String> errors = CssParser.errorsProperty().stream().map(Object::toString).collect(Collectors.toList());
        assertEquals(List.of(), errors);
        long blocks = sheet.getRules().size();
        assertEquals(countOpeningBraces(css), blocks, "one rule per block");
    }

    private static long countOpeningBraces(URL css) throws Exception {
        try (var in = css.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).chars().filter(c -> c == '{').count();
        }
    }
}
