package org.statcommons.data.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.springframework.stereotype.Component;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an .xlsx upload through POI's SAX event API: rows are handed on as the sheet's XML is read,
 * the workbook is never built in memory. Numbers come as plain numbers (no thousands separators, whatever the cell's
 * format), dates as ISO days; the first row with content is the header, empty rows are skipped.
 */
@Component
class XlsxRowReader {

    void read(Path file, RowSink sink) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg);
            var styles = reader.getStylesTable();
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw UploadRefusal.of("empty");
            }
            Rows rows = new Rows(sink);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(
                        new XSSFSheetXMLHandler(styles, null, strings, rows, new PlainNumbers(), false));
                parser.parse(new InputSource(sheet));
            }
            if (!rows.headerSeen) {
                throw UploadRefusal.of("empty");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            if (e instanceof org.statcommons.platform.InvalidInputException refusal) {
                throw refusal;
            }
            throw UploadRefusal.of("not-workbook");
        }
    }

    /** Numbers as typed values, not as the cell's display format would show them. */
    private static final class PlainNumbers extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RowSink sink;
        private boolean headerSeen;
        private int columns;
        private List<String> cells = new ArrayList<>();
        private int line;

        Rows(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
            line = rowNum + 1;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value.trim());
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(String::isEmpty)) {
                return;
            }
            if (!headerSeen) {
                int end = cells.size();
                while (end > 0 && cells.get(end - 1).isEmpty()) {
                    end--;
                }
                columns = end;
                headerSeen = true;
                sink.header(List.copyOf(cells.subList(0, end)));
                return;
            }
            for (int i = columns; i < cells.size(); i++) {
                if (!cells.get(i).isEmpty()) {
                    throw UploadRefusal.of("field-count", line, i + 1, columns);
                }
            }
            String[] fields = new String[columns];
            Arrays.fill(fields, "");
            for (int i = 0; i < Math.min(columns, cells.size()); i++) {
                fields[i] = cells.get(i);
            }
            sink.row(line, fields);
        }
    }
}
