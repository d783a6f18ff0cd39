/**
 * The shell every page shares: layout and navigation, the start page, and how errors reach the user —
 * translated problem documents for the API, friendly pages for the browser.
 */
package org.throughcare.web;
