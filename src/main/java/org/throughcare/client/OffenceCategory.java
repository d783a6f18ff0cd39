package org.throughcare.client;

/** The main offence of a custody episode, in the categories the Swedish evaluation reports. */
public enum OffenceCategory {
    NARCOTICS, ROBBERY, ASSAULT, THEFT, SEXUAL_OFFENCE, HOMICIDE, WEAPONS, DRUNK_DRIVING, FRAUD,
    PARTNER_VIOLENCE, OTHER
}
