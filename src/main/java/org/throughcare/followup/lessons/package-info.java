/**
 * The office lessons log (D11): append-only dated lessons, open questions and agreed responsibilities.
 */
@org.springframework.modulith.NamedInterface("lessons")
package org.throughcare.followup.lessons;
