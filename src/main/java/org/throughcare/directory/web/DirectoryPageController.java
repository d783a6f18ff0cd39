package org.throughcare.directory.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.throughcare.directory.AgencyType;
import org.throughcare.directory.ContactManagement;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.directory.OrganisationSearch;
import org.throughcare.directory.ServiceManagement;
import org.throughcare.directory.ServiceSearch;
import org.throughcare.shared.Actor;
import org.throughcare.shared.PageRequest;

/** The directory as every signed-in user sees it: search, an organisation, a contact. */
@Controller
class DirectoryPageController {

    private final DirectoryManagement directory;
    private final ContactManagement contacts;
    private final ServiceManagement services;

    DirectoryPageController(DirectoryManagement directory, ContactManagement contacts, ServiceManagement services) {
        this.directory = directory;
        this.contacts = contacts;
        this.services = services;
    }

    @GetMapping("/directory")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
                @RequestParam(required = false) String municipality, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String dir, @RequestParam(required = false) Integer page,
                @RequestHeader(name = "HX-Request", required = false) String htmx,
                @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
                HttpServletResponse response, Model model) {
        OrganisationSearch search = OrganisationSearch.of(q, agencyType(type), municipality, sort, dir);
        model.addAttribute("search", search);
        model.addAttribute("results", directory.search(search, PageRequest.of(page == null ? 0 : page - 1, null)));
        model.addAttribute("agencyTypes", AgencyType.values());
        model.addAttribute("municipalities", directory.municipalities());
        // htmx asks for the results alone while the user types; a plain request, and htmx restoring a page
        // from history after the back button, get the whole page. Caches must keep the two apart.
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        return htmx != null && historyRestore == null ? "directory/list :: results" : "directory/list";
    }

    @GetMapping("/directory/organisations/{id}")
    String organisation(@PathVariable UUID id, Actor actor, Model model) {
        model.addAttribute("organisation", directory.organisation(id));
        model.addAttribute("services", services.search(new ServiceSearch(null, null, null, null, false, id, null,
                ServiceSearch.Sort.NAME, false), new PageRequest(0, PageRequest.MAX_SIZE)).items());
        model.addAttribute("mayAddService", ServiceManagement.mayMaintain(actor, id));
        return "directory/organisation";
    }

    @GetMapping("/directory/contacts/{id}")
    String contact(@PathVariable UUID id, Model model) {
        model.addAttribute("contact", contacts.contact(id));
        return "directory/contact";
    }

    /** An unknown type in the address is treated as "any type" rather than an error. */
    private static AgencyType agencyType(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return AgencyType.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
