/**
 * The individual plan (D6): goals per need area and measures that each have an owning organisation and a
 * responsible person from the group, accepted or declined by that organisation; the no-owner flags that
 * mark backslide zones; and the release-day arrangements.
 */
package org.throughcare.plan;
