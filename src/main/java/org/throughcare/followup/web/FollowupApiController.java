package org.throughcare.followup.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.throughcare.followup.CohortBasis;
import org.throughcare.followup.FiguresView;
import org.throughcare.followup.FollowupFigures;
import org.throughcare.shared.Actor;

/**
 * The follow-up figures as JSON, CSV and XLSX, each with the cohort's definition and the generation time; the
 * same access and suppression as the page. The exports refuse more rows than {@code throughcare.followup.export-row-limit}.
 */
@RestController
class FollowupApiController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final FollowupFigures followup;
    private final MessageSource messages;
    private final int rowLimit;

    FollowupApiController(FollowupFigures followup, MessageSource messages,
                          @Value("${throughcare.followup.export-row-limit:5000}") int rowLimit) {
        this.followup = followup;
        this.messages = messages;
        this.rowLimit = rowLimit;
    }

    @GetMapping("/api/v1/followup/figures")
    @Operation(summary = "Follow-up figures for a cohort, each with its definition; small cells suppressed for the "
            + "national analyst and for more than one office")
    FiguresView figures(
            @Parameter(description = "which date puts a client in the cohort", schema = @Schema(implementation = CohortBasis.class))
            @RequestParam(required = false) String basis,
            @Parameter(description = "first day, YYYY-MM-DD", schema = @Schema(format = "date"))
            @RequestParam(required = false) String from,
            @Parameter(description = "last day, YYYY-MM-DD", schema = @Schema(format = "date"))
            @RequestParam(required = false) String to,
            @Parameter(description = "probation office ids (repeat); none: every office the reader may see")
            @RequestParam(required = false) List<String> office,
            @Parameter(description = "municipality codes (repeat); none: every municipality")
            @RequestParam(required = false) List<String> municipality,
            Actor actor) {
        return read(basis, from, to, office, municipality, actor, "follow-up API");
    }

    @GetMapping(value = "/api/v1/followup/figures.csv", produces = "text/csv")
    @Operation(summary = "The follow-up figures as CSV (UTF-8), cohort definition and generation time first")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String basis, @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to,
                               @RequestParam(required = false) List<String> office,
                               @RequestParam(required = false) List<String> municipality, Actor actor) {
        FiguresView figures = read(basis, from, to, office, municipality, actor, "follow-up export CSV");
        Locale locale = LocaleContextHolder.getLocale();
        String csv = "\uFEFF" + FigureTable.csv(FigureTable.rows(figures, messages, locale, rowLimit));
        return download(csv.getBytes(StandardCharsets.UTF_8), new MediaType("text", "csv", StandardCharsets.UTF_8),
                "followup-figures.csv");
    }

    @GetMapping(value = "/api/v1/followup/figures.xlsx",
            produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The follow-up figures as an XLSX workbook, cohort definition and generation time first")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String basis, @RequestParam(required = false) String from,
                                @RequestParam(required = false) String to,
                                @RequestParam(required = false) List<String> office,
                                @RequestParam(required = false) List<String> municipality, Actor actor)
            throws IOException {
        FiguresView figures = read(basis, from, to, office, municipality, actor, "follow-up export XLSX");
        Locale locale = LocaleContextHolder.getLocale();
        byte[] workbook = FigureTable.xlsx(FigureTable.rows(figures, messages, locale, rowLimit),
                messages.getMessage("followup.title", null, locale));
        return download(workbook, XLSX, "followup-figures.xlsx");
    }

    private FiguresView read(String basis, String from, String to, List<String> office, List<String> municipality,
                             Actor actor, String purpose) {
        return followup.figures(actor, CohortParameters.parse(basis, from, to, office, municipality,
                followup.defaultCohort(actor)), purpose, LocaleContextHolder.getLocale());
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
