// Progressive enhancement only: every page works without this file.
(function () {
    "use strict";
    // htmx requests that change state carry the CSRF token like a form does.
    document.addEventListener("htmx:configRequest", function (event) {
        var token = document.querySelector('meta[name="csrf-token"]');
        var header = document.querySelector('meta[name="csrf-header"]');
        if (token && header) {
            event.detail.headers[header.content] = token.content;
        }
    });
    // When live search replaces the results, a screen reader hears the new count, not the whole table.
    document.addEventListener("htmx:afterSettle", function (event) {
        var status = document.getElementById("search-status");
        var count = document.querySelector("#results .result-count");
        if (status && count) {
            status.textContent = count.textContent;
        }
    });
    // A print button: inline handlers are not allowed by the content security policy.
    document.addEventListener("click", function (event) {
        if (event.target.closest && event.target.closest("[data-print]")) {
            window.print();
        }
    });
    // On a phone the header's menu folds behind its button: Enter or Space opens and closes it, Escape
    // closes it and returns to the button, so the keyboard never loses its place.
    document.addEventListener("DOMContentLoaded", function () {
        var toggle = document.querySelector(".menu-toggle");
        var menu = document.getElementById("site-menu");
        if (!toggle || !menu) {
            return;
        }
        var header = toggle.closest(".site-header");
        header.classList.add("site-header--foldable");
        toggle.hidden = false;
        function show(open) {
            toggle.setAttribute("aria-expanded", open ? "true" : "false");
            header.classList.toggle("site-header--open", open);
        }
        toggle.addEventListener("click", function () {
            show(toggle.getAttribute("aria-expanded") !== "true");
        });
        menu.addEventListener("keydown", function (event) {
            if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true"
                    && getComputedStyle(toggle).display !== "none") {
                show(false);
                toggle.focus();
            }
        });
    });
    // A form that failed validation moves focus to its error summary, so screen readers announce it.
    document.addEventListener("DOMContentLoaded", function () {
        var summary = document.querySelector(".error-summary");
        if (summary) {
            summary.focus();
        }
    });
})();
