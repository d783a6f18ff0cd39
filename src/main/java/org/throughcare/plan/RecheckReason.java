package org.throughcare.plan;

/**
 * Why a release-day arrangement is to be checked: the release date it was made for moved (a new conditional
 * release date or an early release), or the client was transferred from an institution it names.
 */
public enum RecheckReason {
    DATE_MOVED, TRANSFERRED
}
