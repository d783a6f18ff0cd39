/**
 * Users and their membership of an organisation in a role; login, lockout after repeated failures, the
 * security rules every request passes, and who is signed in.
 */
package org.throughcare.identity;
