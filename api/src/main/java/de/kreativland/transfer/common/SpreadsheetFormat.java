package de.kreativland.transfer.common;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;

/**
 * The spreadsheet files the API writes: CSV for integrators (comma, decimal point, machine column names), CSV in
 * the German dialect for people ({@code Accept: text/csv;dialect=de}: semicolon, decimal comma, German headings,
 * so German Excel opens it in columns) and an Excel workbook ({@code Accept: } {@value #XLSX_TYPE}).
 */
public enum SpreadsheetFormat {
    CSV, CSV_DE, XLSX;

    public static final String CSV_TYPE = "text/csv";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String DIALECT = "dialect";
    public static final String DESCRIPTION = "Spreadsheets: Accept text/csv gives CSV for machines (comma, decimal point, field names as "
            + "headings); text/csv;dialect=de gives the German dialect (semicolon, decimal comma, German headings); " + XLSX_TYPE
            + " gives an Excel workbook with numbers as numbers.";

    /** The spreadsheet a media type of an Accept header names; none for wildcards and other types. */
    public static Optional<SpreadsheetFormat> of(MediaType type) {
        if (type.isWildcardType()) {
            return Optional.empty();
        }
        if (type.isCompatible(MediaType.valueOf(XLSX_TYPE)) && !type.isWildcardSubtype()) {
            return Optional.of(XLSX);
        }
        if (type.isCompatible(MediaType.valueOf(CSV_TYPE))) {
            return Optional.of("de".equalsIgnoreCase(type.getParameters().get(DIALECT)) ? CSV_DE : CSV);
        }
        return Optional.empty();
    }

    /** The first spreadsheet the Accept header names before JSON, if any. */
    public static Optional<SpreadsheetFormat> requested(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            Optional<SpreadsheetFormat> format = of(type);
            if (format.isPresent() || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return format;
            }
        }
        return Optional.empty();
    }

    /** Whether people read it (German headings and file names) rather than machines. */
    public boolean forPeople() {
        return this != CSV;
    }

    public String contentType() {
        return this == XLSX ? XLSX_TYPE : CSV_TYPE + ";charset=UTF-8";
    }

    public String extension() {
        return this == XLSX ? "xlsx" : "csv";
    }

    /** A writer of this format with one heading per column (machine names or German headings, as the format wants). */
    public SpreadsheetWriter open(java.io.OutputStream output, String sheetName, java.util.List<SpreadsheetWriter.Column> columns)
            throws java.io.IOException {
        java.util.List<String> headings = columns.stream().map(c -> forPeople() ? c.german() : c.key()).toList();
        return this == XLSX ? SpreadsheetXlsx.open(output, sheetName, headings) : SpreadsheetCsv.open(output, headings, this == CSV_DE);
    }
}
