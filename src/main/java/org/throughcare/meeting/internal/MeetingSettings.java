package org.throughcare.meeting.internal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code throughcare.meeting.schedule-offsets}: the proposed meetings, in days from the conditional-release date —
 * by default a first meeting three months before release, a month before, the week of release for the release-day
 * plan, two weeks and two months after.
 */
@ConfigurationProperties("throughcare.meeting")
public record MeetingSettings(@DefaultValue({"-90", "-30", "-7", "14", "60"}) List<Integer> scheduleOffsets) {
}
