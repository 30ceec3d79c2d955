package org.haven.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A list as CSV: UTF-8, a header row, RFC 4180 quoting and line ends. A cell a spreadsheet would take for a
 * formula (one beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) is prefixed
 * with an apostrophe, so that opening the file runs nothing; every cell is quoted.
 */
public final class Csv {

    private Csv() {}

    public static final MediaType TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8);

    /** The cell as it is written: a would-be formula neutralised. */
    public static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    /** A download of {@code rows} under {@code header}, named {@code filename}. */
    public static ResponseEntity<StreamingResponseBody> download(
            String filename, List<String> header, List<? extends List<?>> rows) {
        StreamingResponseBody body = out -> {
            var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter printer = CSVFormat.RFC4180
                    .builder()
                    .setHeader(header.toArray(String[]::new))
                    // every cell quoted: a neutralised formula as much as any other, and no cell read as two
                    .setQuoteMode(org.apache.commons.csv.QuoteMode.ALL)
                    .get()
                    .print(writer)) {
                for (List<?> row : rows) {
                    printer.printRecord(row.stream().map(Csv::cell).toList());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        return ResponseEntity.ok()
                .contentType(TYPE)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(body);
    }
}
