package org.throughcare.directory;

/** A municipality, identified by its official code (Swedish kommunkod, Norwegian kommunenummer). */
public record Municipality(String code, String name, String country) {
}
