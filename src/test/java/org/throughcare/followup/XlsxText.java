package org.throughcare.followup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.nio.file.Files;
import java.nio.file.Path;

/** The text of an XLSX workbook: its XML parts (shared strings and sheets) read straight from the zip. */
public final class XlsxText {

    private XlsxText() {
    }

    /** The writer escapes every non-ASCII character ({@code &#xe4;}): turned back, so a search finds "Vännäs". */
    private static String unescaped(String xml) {
        java.util.regex.Matcher reference = java.util.regex.Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(xml);
        StringBuilder out = new StringBuilder();
        while (reference.find()) {
            int code = Integer.parseInt(reference.group(2), reference.group(1).isEmpty() ? 10 : 16);
            reference.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(Character.toString(code)));
        }
        reference.appendTail(out);
        return out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&apos;", "'").replace("&amp;", "&");
    }

    public static String of(byte[] workbook) throws IOException {
        // Read through the central directory: the writer streams its entries with their sizes after the data.
        Path file = Files.createTempFile("followup", ".xlsx");
        try {
            Files.write(file, workbook);
            StringBuilder text = new StringBuilder();
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    if (entry.getName().startsWith("xl/") && entry.getName().endsWith(".xml")) {
                        text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8))
                                .append('\n');
                    }
                }
            }
            return unescaped(text.toString());
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
