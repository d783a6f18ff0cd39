package org.throughcare.shared.contribution;

/**
 * One entry of a client's sub-navigation: its label (a message key), where it leads, and where to load the
 * module's panel on the overview from (null: no panel). {@code order} places it among the other modules'.
 */
public record ClientSection(String key, int order, String labelKey, String href, String panelHref) {

    public static ClientSection link(String key, int order, String labelKey, String href) {
        return new ClientSection(key, order, labelKey, href, null);
    }
}
