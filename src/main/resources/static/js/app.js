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
    // A form that failed validation moves focus to its error summary, so screen readers announce it.
    document.addEventListener("DOMContentLoaded", function () {
        var summary = document.querySelector(".error-summary");
        if (summary) {
            summary.focus();
        }
    });
})();
