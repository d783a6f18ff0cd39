/**
 * The demo world loaded on the first start outside production: the three municipalities of the Swedish
 * trial, their probation offices, two prisons, the collaborating agencies with named contacts, and one
 * user for every role.
 */
package org.throughcare.demo;
