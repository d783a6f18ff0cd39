package org.throughcare.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SSRF: outside tests, a webhook address must be https and lead only to public addresses. Literal addresses, so
 * that no name has to be looked up; {@code localhost} is looked up and is loopback everywhere.
 */
class AddressGuardTests {

    private final AddressGuard strict = new AddressGuard(false);
    private final AddressGuard relaxed = new AddressGuard(true);

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/hook", "https://127.1.2.3/", "https://10.0.0.5/", "https://172.16.0.1/",
            "https://172.31.255.255/", "https://192.168.1.1/", "https://169.254.169.254/latest/meta-data",
            "https://224.0.0.1/", "https://0.0.0.0/", "https://100.64.0.1/", "https://255.255.255.255/",
            "https://[::1]/", "https://[::]/", "https://[fe80::1]/", "https://[fc00::1]/", "https://[fd12:3456::1]/",
            "https://[ff02::1]/", "https://[::ffff:127.0.0.1]/", "https://[::ffff:10.1.2.3]/", "https://[::127.0.0.1]/",
            "https://[64:ff9b::a9fe:a9fe]/", "https://[2002:c0a8:0101::1]/", "https://[fec0::1]/",
            "https://localhost/hook"})
    void privateLoopbackLinkLocalMulticastAndUnspecifiedAddressesAreRefused(String url) {
        assertThat(strict.check(url)).get().extracting(AddressGuard.Refusal::messageKey)
                .isEqualTo("validation.webhook.url.private");
        assertThat(relaxed.check(url)).as("allowed where the setting says so").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://93.184.215.14/hook", "https://8.8.8.8/", "https://[2606:4700:4700::1111]/",
            "https://[2a00:1450:4010:c0e::64]:8443/hooks?x=1"})
    void publicAddressesPass(String url) {
        assertThat(strict.check(url)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://93.184.215.14/hook", "http://8.8.8.8/"})
    void plainHttpIsRefused(String url) {
        assertThat(strict.check(url)).get().extracting(AddressGuard.Refusal::messageKey)
                .isEqualTo("validation.webhook.url.https");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://8.8.8.8/", "file:///etc/passwd", "gopher://8.8.8.8/", "hook", "/relative",
            "https://", "https://user:pw@8.8.8.8/", "https://exa mple.org/", "javascript:alert(1)"})
    void whatIsNotAnHttpAddressIsRefusedEvenWhereLocalAddressesAreAllowed(String url) {
        assertThat(strict.check(url)).get().extracting(AddressGuard.Refusal::messageKey)
                .isEqualTo("validation.webhook.url.invalid");
        assertThat(relaxed.check(url)).get().extracting(AddressGuard.Refusal::messageKey)
                .isEqualTo("validation.webhook.url.invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://no-such-host.invalid/hook"})
    void aNameThatDoesNotResolveIsRefused(String url) {
        assertThat(strict.check(url)).get().extracting(AddressGuard.Refusal::messageKey)
                .isEqualTo("validation.webhook.url.unresolvable");
    }
}
