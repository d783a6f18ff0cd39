package org.throughcare.client.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The programme's eligibility parameters, set per deployment.
 *
 * @param windowMonths           a conditional release this many months ahead or less is within the programme's window
 * @param minimumSentenceMonths  shorter sentences leave too little time in custody to plan
 */
@ConfigurationProperties("throughcare.eligibility")
public record EligibilityProperties(Integer windowMonths, Integer minimumSentenceMonths) {

    public EligibilityProperties {
        windowMonths = windowMonths == null ? 12 : windowMonths;
        minimumSentenceMonths = minimumSentenceMonths == null ? 6 : minimumSentenceMonths;
    }
}
