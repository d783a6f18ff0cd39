/**
 * The shared kernel every module may use: typed ids, roles, the acting user as other modules see it,
 * paging, the errors that pages and the API translate for the user, and the clock.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.throughcare.shared;
