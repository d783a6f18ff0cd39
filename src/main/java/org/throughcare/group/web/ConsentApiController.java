package org.throughcare.group.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.throughcare.group.ConsentCoverageView;
import org.throughcare.group.ConsentDocument;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.ConsentText;
import org.throughcare.group.ConsentView;
import org.throughcare.group.RecordConsent;
import org.throughcare.group.WithdrawConsent;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;

@RestController
@Tag(name = "Consent", description = "Documented consent: what it covers, for whom, until when; withdrawal")
class ConsentApiController {

    private final ConsentManagement consents;

    ConsentApiController(ConsentManagement consents) {
        this.consents = consents;
    }

    @GetMapping("/api/v1/clients/{id}/consents")
    @Operation(summary = "The client's consents, newest first, each with its status today")
    List<ConsentView> consents(@PathVariable ClientId id, Actor actor) {
        return consents.consents(id, actor);
    }

    @PostMapping(path = "/api/v1/clients/{id}/consents", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Document an oral or digital consent (a written one needs the multipart form with the signed document)")
    ResponseEntity<List<ConsentView>> record(@PathVariable ClientId id, @Valid @RequestBody RecordConsent consent,
                                             Actor actor) {
        UUID created = consents.record(id, consent, null, actor);
        return ResponseEntity.created(URI.create("/api/v1/clients/" + id + "/consents/" + created))
                .body(consents.consents(id, actor));
    }

    @PostMapping(path = "/api/v1/clients/{id}/consents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Document a consent with the signed form: part 'consent' (JSON) and part 'document' (PDF, PNG or JPEG)")
    ResponseEntity<List<ConsentView>> recordWithDocument(@PathVariable ClientId id,
                                                         @Valid @RequestPart("consent") RecordConsent consent,
                                                         @RequestPart(name = "document", required = false)
                                                         MultipartFile document, Actor actor) throws IOException {
        ConsentDocument signed = document == null ? null
                : new ConsentDocument(document.getOriginalFilename(), document.getBytes());
        UUID created = consents.record(id, consent, signed, actor);
        return ResponseEntity.created(URI.create("/api/v1/clients/" + id + "/consents/" + created))
                .body(consents.consents(id, actor));
    }

    @PostMapping("/api/v1/clients/{id}/consents/{consentId}/withdrawal")
    @Operation(summary = "Record that the client withdrew a consent; it stops covering anything from that day")
    List<ConsentView> withdraw(@PathVariable ClientId id, @PathVariable UUID consentId,
                               @Valid @RequestBody WithdrawConsent withdrawal, Actor actor) {
        consents.withdraw(id, consentId, withdrawal, actor);
        return consents.consents(id, actor);
    }

    @GetMapping("/api/v1/clients/{id}/consents/coverage")
    @Operation(summary = "Per organisation in the group: what consent in force covers today (empty: nothing)")
    List<ConsentCoverageView> coverage(@PathVariable ClientId id, Actor actor) {
        return consents.coverage(id, actor);
    }

    @GetMapping("/api/v1/consent-texts/{version}")
    @Operation(summary = "The information text shown to the client, by version and language (en, sv)")
    ConsentText text(@PathVariable String version, @RequestParam(defaultValue = "en") String lang) {
        return consents.text(version, lang);
    }
}
