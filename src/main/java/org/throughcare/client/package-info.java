/**
 * The client case: registration with a validated identity number, custody and its key dates with history,
 * eligibility screening, the programme's stage lifecycle, the caseload and the target pool (D1, D2).
 */
package org.throughcare.client;
