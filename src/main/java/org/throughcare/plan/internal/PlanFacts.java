package org.throughcare.plan.internal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.throughcare.shared.NeedArea;
import org.throughcare.plan.MeasureStatus;
import org.throughcare.plan.MeasureType;
import org.throughcare.plan.Phase;
import org.throughcare.plan.PlanFact;

/**
 * How a plan change's facts are kept in one column: {@code field=after} or {@code field=before~after}, joined
 * by {@code &}, each value URL-encoded so that whatever a writer typed cannot break the shape. Also reads the
 * composed detail of changes written before facts were kept, for the shapes it can recognise.
 */
public final class PlanFacts {

    // URLEncoder always encodes "!", so no value can be mistaken for "not set".
    private static final String NOT_SET = "!";
    private static final Set<String> CHANGED_FIELDS = Set.of("area", "description", "type", "owner", "responsible",
            "phase", "start", "due", "status");

    private PlanFacts() {
    }

    static String write(List<PlanFact> facts) {
        if (facts.isEmpty()) {
            return null;
        }
        return facts.stream().map(f -> f.field() + "=" + (f.isChange() ? encode(f.before()) + "~" : "")
                + encode(f.after())).collect(Collectors.joining("&"));
    }

    public static List<PlanFact> read(String stored) {
        if (stored == null || stored.isEmpty()) {
            return List.of();
        }
        List<PlanFact> facts = new ArrayList<>();
        for (String part : stored.split("&")) {
            int at = part.indexOf('=');
            String field = part.substring(0, at);
            String[] values = part.substring(at + 1).split("~", -1);
            facts.add(values.length == 2 ? new PlanFact(field, decodeOrEmpty(values[0]), decode(values[1]))
                    : new PlanFact(field, null, decode(values[0])));
        }
        return facts;
    }

    /** The facts in a detail composed before facts were kept; empty when its shape is not known for sure. */
    public static List<PlanFact> fromOldDetail(String kind, String detail) {
        if (detail == null) {
            return List.of();
        }
        switch (kind) {
            case "MEASURE_STATUS" -> {
                String[] s = detail.split(" → ");
                return s.length == 2 && status(s[0]) && status(s[1])
                        ? List.of(PlanFact.changed("status", s[0], s[1])) : List.of();
            }
            case "MEASURE_DECLINED" -> {
                return List.of(PlanFact.of("reason", detail));
            }
            case "MEASURE_NOTE" -> {
                return List.of(PlanFact.of("writtenOn", detail));
            }
            case "MEASURE_CHANGED" -> {
                return changes(detail);
            }
            case "GOAL_ADDED" -> {
                int colon = detail.indexOf(": ");
                return colon > 0 && area(detail.substring(0, colon)) ? List.of(PlanFact.of("area",
                        detail.substring(0, colon)), PlanFact.of("description", detail.substring(colon + 2))) : List.of();
            }
            case "MEASURE_ADDED" -> {
                return added(detail);
            }
            default -> {
                return List.of();
            }
        }
    }

    /** "phase: BEFORE_RELEASE → AFTER_RELEASE; due: — → 2026-12-01": only when every part is a known field. */
    private static List<PlanFact> changes(String detail) {
        List<PlanFact> facts = new ArrayList<>();
        for (String part : detail.split("; ")) {
            int colon = part.indexOf(": ");
            String[] values = colon < 0 ? new String[0] : part.substring(colon + 2).split(" → ");
            if (colon < 0 || values.length != 2 || !CHANGED_FIELDS.contains(part.substring(0, colon))) {
                return List.of();
            }
            facts.add(PlanFact.changed(part.substring(0, colon), dash(values[0]), dash(values[1])));
        }
        return facts;
    }

    /** "AREA · TYPE · PHASE · description · owner, person · start → due · STATUS". */
    private static List<PlanFact> added(String detail) {
        String[] parts = detail.split(" · ");
        int last = parts.length - 1;
        if (parts.length < 5 || !area(parts[0]) || !status(parts[last])
                || Arrays.stream(MeasureType.values()).noneMatch(t -> t.name().equals(parts[1]))
                || Arrays.stream(Phase.values()).noneMatch(p -> p.name().equals(parts[2]))) {
            return List.of();
        }
        return List.of(PlanFact.of("area", parts[0]), PlanFact.of("type", parts[1]), PlanFact.of("phase", parts[2]),
                PlanFact.of("description", String.join(" · ", Arrays.asList(parts).subList(3, last))),
                PlanFact.of("status", parts[last]));
    }

    private static boolean area(String value) {
        return Arrays.stream(NeedArea.values()).anyMatch(a -> a.name().equals(value));
    }

    private static String dash(String value) {
        return "—".equals(value) ? null : value;
    }

    private static boolean status(String value) {
        return Arrays.stream(MeasureStatus.values()).anyMatch(s -> s.name().equals(value));
    }

    private static String encode(String value) {
        return value == null || value.isEmpty() ? NOT_SET : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String decode(String value) {
        return NOT_SET.equals(value) ? null : URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static String decodeOrEmpty(String value) {
        String decoded = decode(value);
        return decoded == null ? "" : decoded;
    }
}
