package org.throughcare.directory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.throughcare.directory.ContactManagement;
import org.throughcare.directory.ContactView;
import org.throughcare.directory.SaveContact;
import org.throughcare.directory.SaveUnit;
import org.throughcare.directory.UnitView;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Directory")
class ContactApiController {

    private final ContactManagement contacts;

    ContactApiController(ContactManagement contacts) {
        this.contacts = contacts;
    }

    @GetMapping("/organisations/{organisationId}/contacts")
    @Operation(summary = "The named contacts of an organisation")
    List<ContactView> contactsOf(@PathVariable UUID organisationId) {
        return contacts.contactsOf(organisationId);
    }

    @PostMapping("/organisations/{organisationId}/contacts")
    @Operation(summary = "Add a contact to an organisation (administrators)")
    ResponseEntity<ContactView> addContact(@PathVariable UUID organisationId, @Valid @RequestBody SaveContact form) {
        UUID id = contacts.addContact(organisationId, form);
        return ResponseEntity.created(URI.create("/api/v1/contacts/" + id)).body(contacts.contact(id));
    }

    @GetMapping("/contacts/{id}")
    @Operation(summary = "A contact")
    ContactView contact(@PathVariable UUID id) {
        return contacts.contact(id);
    }

    @PutMapping("/contacts/{id}")
    @Operation(summary = "Change a contact (administrators); send the version you read, or get 409")
    ContactView updateContact(@PathVariable UUID id, @Valid @RequestBody SaveContact form) {
        contacts.updateContact(id, form);
        return contacts.contact(id);
    }

    @GetMapping("/organisations/{organisationId}/units")
    @Operation(summary = "The offices and units of an organisation")
    List<UnitView> unitsOf(@PathVariable UUID organisationId) {
        return contacts.unitsOf(organisationId);
    }

    @PostMapping("/organisations/{organisationId}/units")
    @Operation(summary = "Add a unit to an organisation (administrators)")
    ResponseEntity<UnitView> addUnit(@PathVariable UUID organisationId, @Valid @RequestBody SaveUnit form) {
        UUID id = contacts.addUnit(organisationId, form);
        return ResponseEntity.created(URI.create("/api/v1/units/" + id)).body(contacts.unit(id));
    }

    @GetMapping("/units/{id}")
    @Operation(summary = "A unit")
    UnitView unit(@PathVariable UUID id) {
        return contacts.unit(id);
    }

    @PutMapping("/units/{id}")
    @Operation(summary = "Change a unit (administrators); send the version you read, or get 409")
    UnitView updateUnit(@PathVariable UUID id, @Valid @RequestBody SaveUnit form) {
        contacts.updateUnit(id, form);
        return contacts.unit(id);
    }
}
