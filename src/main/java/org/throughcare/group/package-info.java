/**
 * The reintegration group around each client (D4): the coordinator and the named people from each
 * collaborating agency, with their roles and periods, kept as history through every handover.
 */
package org.throughcare.group;
