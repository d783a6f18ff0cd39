package org.throughcare.group;

import java.time.LocalDate;

/** A version of the information text a client reads before consenting, in one language. */
public record ConsentText(String version, String language, String title, String body, LocalDate publishedOn) {
}
