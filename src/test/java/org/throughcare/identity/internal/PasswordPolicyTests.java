package org.throughcare.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.throughcare.shared.InvalidInputException.Problem;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    private String problem(String password, String username) {
        return policy.check("password", password, username).stream().map(Problem::messageKey).findFirst().orElse("ok");
    }

    @Test
    void lengthDecidesNotComposition() {
        assertThat(problem("elevenchars", "someone")).isEqualTo("validation.password.tooShort");
        assertThat(problem("twelve chars", "someone")).isEqualTo("ok");
        assertThat(problem("alllowercaseletters", "someone")).isEqualTo("ok");
        assertThat(problem("ärlig lång fras på svenska", "someone")).isEqualTo("ok");
        assertThat(problem("x".repeat(128), "someone")).isEqualTo("ok");
        assertThat(problem("x".repeat(129), "someone")).isEqualTo("validation.password.tooLong");
        assertThat(problem("", "someone")).isEqualTo("validation.password.tooShort");
    }

    @Test
    void commonPasswordsAndTheUsernameAreRefusedWhateverTheirCase() {
        assertThat(problem("password1234", "someone")).isEqualTo("validation.password.common");
        assertThat(problem("QWERTYUIOPASDF", "someone")).isEqualTo("validation.password.common");
        assertThat(problem("123456789012", "someone")).isEqualTo("validation.password.common");
        assertThat(problem("Coordinator.Umea", "coordinator.umea")).isEqualTo("validation.password.username");
    }

    @Test
    void controlCharactersAreRefused() {
        assertThat(problem("twelve\u0000characters", "someone")).isEqualTo("validation.noControlCharacters");
    }
}
