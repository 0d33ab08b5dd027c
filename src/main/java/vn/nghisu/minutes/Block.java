package vn.nghisu.minutes;

import java.util.List;

/** A renderer-neutral piece of the minutes body, so PDF and DOCX print the same content in the same order. */
public sealed interface Block permits Block.Para, Block.Table, Block.Signatures {

    enum Align { LEFT, CENTER, JUSTIFY }

    /** A run of text with its emphasis. */
    record Span(String text, boolean bold, boolean italic) {

        public static Span plain(String text) {
            return new Span(text, false, false);
        }

        public static Span bold(String text) {
            return new Span(text, true, false);
        }

        public static Span italic(String text) {
            return new Span(text, false, true);
        }
    }

    /** A paragraph; {@code indent} asks for the first-line indent of running text. */
    record Para(List<Span> spans, Align align, boolean indent, float spaceBefore) implements Block {

        public static Para heading(String text) {
            return new Para(List.of(Span.bold(text)), Align.CENTER, false, 6);
        }

        public static Para of(Span... spans) {
            return new Para(List.of(spans), Align.JUSTIFY, true, 0);
        }
    }

    /** A table row; a group row spans all columns and is printed bold. */
    record Row(List<String> cells, boolean group) {

        public static Row of(String... cells) {
            return new Row(List.of(cells), false);
        }
    }

    /** A bordered table whose header row repeats on every page it spans; widths are relative. */
    record Table(float[] widths, List<String> header, List<Row> rows, int[] centeredColumns) implements Block {

        public boolean isCentered(int column) {
            for (int c : centeredColumns) {
                if (c == column) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The signature block: secretary on the left, chair on the right. */
    record Signatures(String leftTitle, String leftName, String rightTitle, String rightName) implements Block {
    }
}
