package org.throughcare.group.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.throughcare.client.ClientQueries;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.group.ConsentDocument;
import org.throughcare.group.ConsentForm;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.RecordConsent;
import org.throughcare.group.WithdrawConsent;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.DocumentLocale;
import org.throughcare.shared.LocalizedMessages;
import org.throughcare.shared.FormSubmission;
import org.throughcare.shared.LenientEditor;

/** A client's consents: what is in force and for whom, documenting a new one, withdrawal, the information text. */
@Controller
class ConsentPageController {

    private final ConsentManagement consents;
    private final org.springframework.context.MessageSource messages;
    private final ClientQueries clients;
    private final DirectoryManagement directory;
    private final Clock clock;

    ConsentPageController(ConsentManagement consents, org.springframework.context.MessageSource messages,
                          ClientQueries clients, DirectoryManagement directory, Clock clock) {
        this.consents = consents;
        this.messages = messages;
        this.clients = clients;
        this.directory = directory;
        this.clock = clock;
    }

    @InitBinder
    void lenientChoices(WebDataBinder binder) {
        binder.registerCustomEditor(ConsentForm.class, new LenientEditor<>(ConsentForm::valueOf));
        binder.registerCustomEditor(DataCategory.class, new LenientEditor<>(DataCategory::valueOf));
        binder.registerCustomEditor(UUID.class, new LenientEditor<>(UUID::fromString));
    }

    @GetMapping("/clients/{id}/consents")
    String page(@PathVariable("id") ClientId client, Model model, Actor actor) {
        LocalDate today = LocalDate.now(clock);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new RecordConsent(null, today, null, false, consents.textVersions().get(0),
                    today.plusYears(1), List.of(), List.of()));
        }
        if (!model.containsAttribute("withdrawForm")) {
            model.addAttribute("withdrawForm", new WithdrawConsent(today, null));
        }
        model.addAttribute("client", clients.client(client, actor));
        model.addAttribute("consents", consents.consents(client, actor));
        model.addAttribute("coverage", consents.coverage(client, actor));
        model.addAttribute("forms", ConsentForm.values());
        model.addAttribute("categories", DataCategory.values());
        model.addAttribute("organisations", directory.search(
                new org.throughcare.directory.OrganisationSearch(null, null, null, null, false),
                new org.throughcare.shared.PageRequest(0, 100)).items());
        model.addAttribute("textVersions", consents.textVersions());
        return "group/consents";
    }

    @PostMapping("/clients/{id}/consents")
    String record(@PathVariable ClientId id, @Valid @ModelAttribute("form") RecordConsent form, BindingResult errors,
                  @RequestParam(name = "document", required = false) MultipartFile document, Model model,
                  RedirectAttributes redirect, Actor actor) throws IOException {
        ConsentDocument signed = document == null || document.isEmpty() ? null
                : new ConsentDocument(document.getOriginalFilename(), document.getBytes());
        if (FormSubmission.save(errors, () -> consents.record(id, form, signed, actor)).isPresent()) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/clients/" + id + "/consents";
        }
        // The file is not a field of the form record; its error is shown at the upload all the same.
        errors.getGlobalErrors().stream().filter(e -> e.getCode() != null && e.getCode().startsWith("validation.consent.document"))
                .findFirst().ifPresent(e -> model.addAttribute("documentError",
                        messages.getMessage(e, LocaleContextHolder.getLocale())));
        return page(id, model, actor);
    }

    @PostMapping("/clients/{id}/consents/{consentId}/withdrawal")
    String withdraw(@PathVariable ClientId id, @PathVariable UUID consentId,
                    @Valid @ModelAttribute("withdrawForm") WithdrawConsent form, BindingResult errors, Model model,
                    RedirectAttributes redirect, Actor actor) {
        if (FormSubmission.save(errors, () -> consents.withdraw(id, consentId, form, actor))) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/clients/" + id + "/consents";
        }
        model.addAttribute("withdrawError", consentId);
        return page(id, model, actor);
    }

    /** The signed form, always as a download: never rendered inline, whatever its content. */
    @GetMapping("/clients/{id}/consents/{consentId}/document")
    ResponseEntity<byte[]> document(@PathVariable ClientId id, @PathVariable UUID consentId, Actor actor) {
        ConsentDocument document = consents.document(id, consentId, actor);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(document.content());
    }

    /**
     * The information text as the client reads and signs it, printable: the document in the language chosen
     * for the client (the reader's own by default), the page around it in the reader's.
     */
    @GetMapping("/consent-texts/{version}")
    String text(@PathVariable String version, @RequestParam(required = false) String language, Model model) {
        Locale document = DocumentLocale.chosen(language, LocaleContextHolder.getLocale());
        model.addAttribute("text", consents.text(version, document.getLanguage()));
        model.addAttribute("doc", new LocalizedMessages(messages, document));
        model.addAttribute("languages", DocumentLocale.LANGUAGES);
        model.addAttribute("categories", DataCategory.values());
        return "group/consent-text";
    }
}
