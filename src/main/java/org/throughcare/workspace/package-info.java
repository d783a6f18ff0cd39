/**
 * What a person sees across modules, on top of all of them: the page shell, the start page (my work), the
 * caseload and the client overview with its sub-navigation; how errors reach the user.
 */
package org.throughcare.workspace;
