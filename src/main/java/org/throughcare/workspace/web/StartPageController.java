package org.throughcare.workspace.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.throughcare.shared.Actor;
import org.throughcare.shared.contribution.WorkItem;
import org.throughcare.shared.contribution.WorkItems;

/** The start page: the reader's work, as each module contributes it for their role, each item linking to where it is done. */
@Controller
class StartPageController {

    private final List<WorkItems> contributors;

    StartPageController(List<WorkItems> contributors) {
        this.contributors = contributors;
    }

    @GetMapping("/")
    String start(Actor actor, Model model) {
        List<WorkItem> items = new ArrayList<>();
        contributors.forEach(c -> items.addAll(c.itemsFor(actor)));
        items.sort(Comparator.comparingInt(WorkItem::order).thenComparing(WorkItem::key));
        model.addAttribute("items", items);
        return "workspace/home";
    }
}
