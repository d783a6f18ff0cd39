package org.throughcare.client;

import java.time.LocalDate;

/** Valid identity numbers for tests in other packages. */
public final class TestNumbers {

    private TestNumbers() {
    }

    public static String personnummer(LocalDate born) {
        return ClientFixtures.personnummer(born);
    }
}
