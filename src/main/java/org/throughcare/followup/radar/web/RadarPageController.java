package org.throughcare.followup.radar.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.throughcare.followup.radar.RadarManagement;
import org.throughcare.followup.radar.RadarQuery;
import org.throughcare.followup.radar.RadarView;
import org.throughcare.shared.Actor;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.PageRequest;

/** The radar page: the gaps table with its filter and order, the counts now, and the trend table. */
@Controller
class RadarPageController {

    private final RadarManagement radar;
    private final MessageSource messages;

    RadarPageController(RadarManagement radar, MessageSource messages) {
        this.radar = radar;
        this.messages = messages;
    }

    @GetMapping("/followup/radar")
    String radar(@RequestParam(required = false) String kind, @RequestParam(required = false) String sort,
                 @RequestParam(required = false) String dir, @RequestParam(required = false) Integer page,
                 Actor actor, HttpServletResponse response, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        RadarView view;
        try {
            RadarQuery query = RadarQuery.of(kind, sort, dir, page, null);
            view = radar.radar(actor, query.kind(), query.sort(), query.descending(), query.page());
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            e.problems().forEach(p -> errors.put(p.field(), messages.getMessage(p.messageKey(), p.arguments(),
                    LocaleContextHolder.getLocale())));
            view = radar.radar(actor, null, RadarView.RadarSort.AGE, true, PageRequest.of(0, null));
        }
        model.addAttribute("radar", view);
        model.addAttribute("filterErrors", errors);
        model.addAttribute("trendKinds", view.trend().stream().flatMap(d -> d.openByKind().entrySet().stream())
                .filter(e -> e.getValue() > 0).map(Map.Entry::getKey).distinct().sorted().toList());
        return "followup/radar";
    }
}
