package org.throughcare.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.throughcare.shared.InvalidInputException.Problem;

/**
 * The password rules of NIST SP 800-63B: length over composition (at least 12 characters, any characters, up to
 * 128), and no password that attackers try first — one from the list of common passwords, or the username.
 */
@Component
public class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load("identity/common-passwords.txt");
    }

    /** The rules a password breaks, reported at {@code field}; empty when it is acceptable. */
    public List<Problem> check(String field, String password, String username) {
        List<Problem> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add(new Problem(field, "validation.password.tooShort", MIN_LENGTH));
            return problems;
        }
        int length = password.codePointCount(0, password.length());
        if (password.chars().anyMatch(Character::isISOControl)) {
            problems.add(new Problem(field, "validation.noControlCharacters"));
        } else if (length < MIN_LENGTH) {
            problems.add(new Problem(field, "validation.password.tooShort", MIN_LENGTH));
        } else if (length > MAX_LENGTH) {
            problems.add(new Problem(field, "validation.password.tooLong", MAX_LENGTH));
        } else if (common.contains(password.toLowerCase(Locale.ROOT))) {
            problems.add(new Problem(field, "validation.password.common"));
        } else if (username != null && password.strip().equalsIgnoreCase(username)) {
            problems.add(new Problem(field, "validation.password.username"));
        }
        return problems;
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> words.add(line.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
