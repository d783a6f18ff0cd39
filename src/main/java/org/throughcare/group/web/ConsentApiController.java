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
import org.springframework.security.access.AccessDeniedException;
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
import org.throughcare.identity.CurrentUser;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;

@RestController
@Tag(name = "Consent", description = "Documented consent: what it covers, for whom, until when; withdrawal")
class ConsentApiController {

    private final ConsentManagement consents;
    private final CurrentUser currentUser;

    ConsentApiController(ConsentManagement consents, CurrentUser currentUser) {
        this.consents = consents;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/v1/clients/{id}/consents")
    @Operation(summary = "The client's consents, newest first, each with its status today")
    List<ConsentView> consents(@PathVariable UUID id) {
        return consents.consents(new ClientId(id), actor());
    }

    @PostMapping(path = "/api/v1/clients/{id}/consents", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Document an oral or digital consent (a written one needs the multipart form with the signed document)")
    ResponseEntity<List<ConsentView>> record(@PathVariable UUID id, @Valid @RequestBody RecordConsent consent) {
        UUID created = consents.record(new ClientId(id), consent, null, actor());
        return ResponseEntity.created(URI.create("/api/v1/clients/" + id + "/consents/" + created))
                .body(consents.consents(new ClientId(id), actor()));
    }

    @PostMapping(path = "/api/v1/clients/{id}/consents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Document a consent with the signed form: part 'consent' (JSON) and part 'document' (PDF, PNG or JPEG)")
    ResponseEntity<List<ConsentView>> recordWithDocument(@PathVariable UUID id,
                                                         @Valid @RequestPart("consent") RecordConsent consent,
                                                         @RequestPart(name = "document", required = false)
                                                         MultipartFile document) throws IOException {
        ConsentDocument signed = document == null ? null
                : new ConsentDocument(document.getOriginalFilename(), document.getBytes());
        UUID created = consents.record(new ClientId(id), consent, signed, actor());
        return ResponseEntity.created(URI.create("/api/v1/clients/" + id + "/consents/" + created))
                .body(consents.consents(new ClientId(id), actor()));
    }

    @PostMapping("/api/v1/clients/{id}/consents/{consentId}/withdrawal")
    @Operation(summary = "Record that the client withdrew a consent; it stops covering anything from that day")
    List<ConsentView> withdraw(@PathVariable UUID id, @PathVariable UUID consentId,
                               @Valid @RequestBody WithdrawConsent withdrawal) {
        consents.withdraw(new ClientId(id), consentId, withdrawal, actor());
        return consents.consents(new ClientId(id), actor());
    }

    @GetMapping("/api/v1/clients/{id}/consents/coverage")
    @Operation(summary = "Per organisation in the group: what consent in force covers today (empty: nothing)")
    List<ConsentCoverageView> coverage(@PathVariable UUID id) {
        return consents.coverage(new ClientId(id), actor());
    }

    @GetMapping("/api/v1/consent-texts/{version}")
    @Operation(summary = "The information text shown to the client, by version and language (en, sv)")
    ConsentText text(@PathVariable String version, @RequestParam(defaultValue = "en") String lang) {
        return consents.text(version, lang);
    }

    private Actor actor() {
        return currentUser.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
