/**
 * The shell every page shares: layout and navigation, the start page, and how errors reach the user —
 * translated problem documents for the API, friendly pages for the browser. Its database bulkhead, ahead
 * of the session filter, bounds how many requests use the database at once and answers the rest a fast 503.
 */
package org.throughcare.web;
