/**
 * How a module contributes to what a person sees across modules without knowing who shows it: sections of a
 * client's pages ({@link org.throughcare.shared.contribution.ClientSections}), flags on caseload lines
 * ({@link org.throughcare.shared.contribution.ClientFlags}), items of a person's work on the start page
 * ({@link org.throughcare.shared.contribution.WorkItems}) and counted links in every page's header
 * ({@link org.throughcare.shared.contribution.HeaderBadges}). Modules implement them as beans; the workspace
 * collects them. Every contribution passes its own module's access rules for the reader it is asked for.
 */
package org.throughcare.shared.contribution;
